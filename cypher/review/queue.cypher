// What awaits review, by article: the extracted nodes each article's run
// generated, the extracted relationships its passages support, its passages
// an ingest linked to curated facts, and the matches it proposed. Starts from the runs (one per ingested article).
MATCH (run:Run)
WHERE $article IS NULL OR run.articleId = $article
MATCH (a:Article {id: run.articleId})
CALL (run, a) {
  MATCH (n:Node)-[:GENERATED_BY]->(run) WHERE n.reviewStatus = 'extracted'
  WITH n ORDER BY n.label, n.id
  RETURN collect({
    id: n.id, kind: 'NODE', label: n.label, name: n.name, confidence: n.confidence,
    evidence: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a) RETURN e {.id, .quote, .sentence, label: 'Evidence'} ORDER BY e.id }
  }) AS nodes
}
CALL (a) {
  MATCH (a)<-[:IN]-(e:Evidence)
  UNWIND coalesce(e.supports, []) AS rid
  WITH DISTINCT rid, a
  MATCH (s:Node {id: split(rid, '>')[0]})-[r]->(t:Node) WHERE r.id = rid AND r.reviewStatus = 'extracted'
  WITH r, s, t, a ORDER BY r.id
  RETURN collect({
    id: r.id, kind: 'RELATIONSHIP', label: type(r), name: s.name + ' → ' + type(r) + ' → ' + t.name, confidence: r.confidence,
    evidence: COLLECT { MATCH (a)<-[:IN]-(e:Evidence) WHERE e.id IN r.evidence RETURN e {.id, .quote, .sentence, label: 'Evidence'} ORDER BY e.id }
  }) AS relationships
}
// Its passages linked to curated facts (an ingest's second report of them):
// each link awaits review on its own, by the id the review takes.
CALL (a) {
  MATCH (a)<-[:IN]-(e:Evidence)<-[l:EVIDENCED_BY]-(n:Node)
  WHERE l.reviewStatus = 'extracted' AND coalesce(n.reviewStatus, 'curated') = 'curated'
  WITH l, n, e ORDER BY l.id
  RETURN collect({id: l.id, kind: 'EVIDENCE', label: n.label, name: n.name, confidence: l.confidence,
                  evidence: [e {.id, .quote, .sentence, label: 'Evidence'}]}) AS nodeLinks
}
CALL (a) {
  MATCH (a)<-[:IN]-(e:Evidence)
  UNWIND coalesce(e.supports, []) AS rid
  MATCH (s:Node {id: split(rid, '>')[0]})-[r]->(t:Node) WHERE r.id = rid AND e.id IN coalesce(r.extractedEvidence, [])
  WITH r, s, t, e ORDER BY r.id, e.id
  RETURN collect({id: r.id + '>EVIDENCED_BY>' + e.id, kind: 'EVIDENCE', label: type(r), name: s.name + ' → ' + type(r) + ' → ' + t.name,
                  confidence: null, evidence: [e {.id, .quote, .sentence, label: 'Evidence'}]}) AS relationshipLinks
}
CALL (run) {
  MATCH (p:Proposal {articleId: run.articleId})-[:PROPOSES]->(f:Node)
  MATCH (p)-[:SAME_AS_CANDIDATE]->(c:Node)
  WITH p, f, c ORDER BY p.id
  // Both as NodeRefs, each with its provenance (the candidate may be curated or extracted).
  WITH p, [n IN [f, c] | n {.id, .label, .name, aliases: coalesce(n.aliases, []), provenance: {
    status: coalesce(n.reviewStatus, 'curated'), confidence: n.confidence, reviewedBy: n.reviewedBy, reviewedAt: n.reviewedAt,
    run: COLLECT { MATCH (r:Run {id: n.runId}) RETURN r {.id, .extractor, .version, .startedAt,
      article: COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a {.id, .title, .publishedAt, .text, label: 'Article'} }[0]} }[0],
    corrections: COLLECT { MATCH (x:Correction)-[:CORRECTS]->(n) RETURN x {.field, .from, .to, .by, .at} ORDER BY x.at, x.id }
  }}] AS refs
  RETURN collect({id: p.id, reason: p.reason, fact: refs[0], candidate: refs[1]}) AS proposals
}
WITH run, a, nodes + relationships + nodeLinks + relationshipLinks AS facts, proposals
WHERE size(facts) > 0 OR size(proposals) > 0
RETURN a {.id, .title, .publishedAt, .text, label: 'Article'} AS article,
       run {.id, .extractor, .version, .startedAt} AS run,
       facts, proposals
ORDER BY run.startedAt, a.id
