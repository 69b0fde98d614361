// The neighbourhood of one node, in one round trip: the nodes within $depth
// steps (nearest first; $limit of them with the root), every relationship
// among them, and the evidence of both.
// $types: the labels a node must carry to be walked through and kept; when
// null, everything but the provenance layer (Evidence, Article). Alias keys
// carry no :Node and never appear.
// $curatedOnly: only curated nodes and relationships are walked, kept and
// drawn (a root that is not curated is not found), with their curated
// evidence only (not the passages an ingest linked and no one accepted).
MATCH (root:Node {id: $id})
WHERE NOT $curatedOnly OR coalesce(root.reviewStatus, 'curated') = 'curated'
// Level by level, nearest first (a BFS). A level is walked only while the
// limit has room, and stops at $limit nodes: a hub's neighbourhood costs what
// is shown, not its degree (sorting a level by id would read all of it, so
// within a cut level the store's order decides; the same data gives the same
// answer). The slice below keeps what fits (LIMIT takes no variables); a level
// is only walked when the levels before it were not cut, so `NOT n IN …`
// sees every nearer node. Aggregates answer one row even when a level is empty.
CALL (root) {
  MATCH (root)-[r]-(n:Node)
  WHERE n <> root AND (NOT $curatedOnly OR (coalesce(r.reviewStatus, 'curated') = 'curated' AND coalesce(n.reviewStatus, 'curated') = 'curated'))
    AND CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS level1
}
CALL (root, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) < $limit THEN level1 ELSE [] END AS m
  MATCH (m)-[r]-(n:Node)
  WHERE n <> root AND (NOT $curatedOnly OR (coalesce(r.reviewStatus, 'curated') = 'curated' AND coalesce(n.reviewStatus, 'curated') = 'curated'))
    AND CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
  WITH DISTINCT n WHERE NOT n IN level1
  WITH n LIMIT $limit
  RETURN collect(n) AS level2
}
CALL (root, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) < $limit THEN level2 ELSE [] END AS m
  MATCH (m)-[r]-(n:Node)
  WHERE n <> root AND (NOT $curatedOnly OR (coalesce(r.reviewStatus, 'curated') = 'curated' AND coalesce(n.reviewStatus, 'curated') = 'curated'))
    AND CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
  WITH DISTINCT n WHERE NOT (n IN level1 OR n IN level2)
  WITH n LIMIT $limit
  RETURN collect(n) AS level3
}
// $limit nodes with the root; one more reached than there is room for says the limit cut.
WITH root, level1 + level2 + level3 AS reached
WITH [root] + reached[..$limit - 1] AS kept, size(reached) >= $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept AND (NOT $curatedOnly OR coalesce(r.reviewStatus, 'curated') = 'curated')
  CALL (r) {
    // A passage an ingest added to a curated relationship is extracted until accepted.
    UNWIND coalesce(r.evidence, []) AS evidenceId
    WITH r, evidenceId, CASE WHEN evidenceId IN coalesce(r.extractedEvidence, []) THEN 'extracted' ELSE coalesce(r.reviewStatus, 'curated') END AS status
    WHERE NOT $curatedOnly OR status = 'curated'
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(article:Article)
    WITH e, article, status ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt, status: status}) AS evidence
  }
  WITH a, r, b, evidence ORDER BY a.id, type(r), b.id
  RETURN collect({
    id: coalesce(r.id, a.id + '>' + type(r) + '>' + b.id),
    source: a.id, target: b.id, type: type(r), properties: properties(r), evidence: evidence,
    // Extracted facts say so until a person accepts them; curated ones carry no status.
    status: coalesce(r.reviewStatus, 'curated'), confidence: r.confidence
  }) AS edges
}
CALL (kept) {
  UNWIND kept AS n
  CALL (n) {
    MATCH (n)-[l:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
    WHERE NOT $curatedOnly OR coalesce(l.reviewStatus, 'curated') = 'curated'
    WITH e, article, l ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt,
                    status: coalesce(l.reviewStatus, 'curated')}) AS evidence
  }
  RETURN collect({
    id: n.id,
    label: head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]),
    name: coalesce(n.name, n.id),
    // An article's text is a page long; the node stands for it without it.
    properties: CASE WHEN n:Article THEN n {.id, .label, .name, .title, .publishedAt} ELSE properties(n) END,
    evidence: evidence,
    status: coalesce(n.reviewStatus, 'curated'), confidence: n.confidence
  }) AS nodes
}
RETURN nodes, edges, truncated
