// Merges node `from` into node `into` (no APOC: plain Cypher, dynamic types).
// Every relationship of `from` is drawn again on `into`: a fact (with an id:
// curated or extracted, and the links to its passages) under the id it gets
// there, joining the evidence of one `into` already has, each passage keeping
// its status (curated where either side had it curated); the others (names,
// runs, corrections, proposals, links to passages loaded before they had ids)
// as they are. A relationship between the two has no meaning once they are
// one node and is dropped. `from`'s names become aliases of `into`; then it goes.
MATCH (into:Node {id: $into})
MATCH (from:Node {id: $from})
WHERE into <> from AND into.label = from.label
// Outgoing relationships with an id: (from)-[r]->(t) becomes (into)-[r2]->(t).
CALL (into, from) {
  MATCH (from)-[r]->(t) WHERE r.id IS NOT NULL AND t <> into
  // The old one goes first: its id is unique until then.
  WITH r, t, into, type(r) AS type, properties(r) AS props, into.id + '>' + type(r) + '>' + t.id AS id
  DELETE r
  MERGE (into)-[r2:$(type) {id: id}]->(t)
  ON CREATE SET r2 = props, r2.id = id
  ON MATCH SET r2.extractedEvidence = CASE WHEN 'curated' IN [coalesce(r2.reviewStatus, 'curated'), coalesce(props.reviewStatus, 'curated')] THEN
                 nullIf([e IN coalesce(r2.evidence, []) + [x IN coalesce(props.evidence, []) WHERE NOT x IN coalesce(r2.evidence, [])]
                         WHERE (coalesce(r2.reviewStatus, 'curated') <> 'curated' OR e IN coalesce(r2.extractedEvidence, []) OR NOT e IN coalesce(r2.evidence, []))
                           AND (coalesce(props.reviewStatus, 'curated') <> 'curated' OR e IN coalesce(props.extractedEvidence, []) OR NOT e IN coalesce(props.evidence, []))], []) END,
               r2.evidence = CASE WHEN r2.evidence IS NOT NULL OR props.evidence IS NOT NULL
                                  THEN coalesce(r2.evidence, []) + [e IN coalesce(props.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])] END,
               r2.reviewStatus = CASE WHEN 'curated' IN [coalesce(r2.reviewStatus, 'curated'), coalesce(props.reviewStatus, 'curated')] THEN 'curated' ELSE r2.reviewStatus END
  RETURN collect([props.id, id, coalesce(props.evidence, [])]) AS outgoing
}
// Incoming ones: (s)-[r]->(from) becomes (s)-[r2]->(into).
CALL (into, from) {
  MATCH (s)-[r]->(from) WHERE r.id IS NOT NULL AND s <> into
  WITH r, s, into, type(r) AS type, properties(r) AS props, s.id + '>' + type(r) + '>' + into.id AS id
  DELETE r
  MERGE (s)-[r2:$(type) {id: id}]->(into)
  ON CREATE SET r2 = props, r2.id = id
  ON MATCH SET r2.extractedEvidence = CASE WHEN 'curated' IN [coalesce(r2.reviewStatus, 'curated'), coalesce(props.reviewStatus, 'curated')] THEN
                 nullIf([e IN coalesce(r2.evidence, []) + [x IN coalesce(props.evidence, []) WHERE NOT x IN coalesce(r2.evidence, [])]
                         WHERE (coalesce(r2.reviewStatus, 'curated') <> 'curated' OR e IN coalesce(r2.extractedEvidence, []) OR NOT e IN coalesce(r2.evidence, []))
                           AND (coalesce(props.reviewStatus, 'curated') <> 'curated' OR e IN coalesce(props.extractedEvidence, []) OR NOT e IN coalesce(props.evidence, []))], []) END,
               r2.evidence = CASE WHEN r2.evidence IS NOT NULL OR props.evidence IS NOT NULL
                                  THEN coalesce(r2.evidence, []) + [e IN coalesce(props.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])] END,
               r2.reviewStatus = CASE WHEN 'curated' IN [coalesce(r2.reviewStatus, 'curated'), coalesce(props.reviewStatus, 'curated')] THEN 'curated' ELSE r2.reviewStatus END
  RETURN collect([props.id, id, coalesce(props.evidence, [])]) AS incoming
}
// Relationships without an id: runs, old links to passages (outgoing); names, corrections, proposals (incoming).
CALL (into, from) {
  MATCH (from)-[r]->(t) WHERE r.id IS NULL AND t <> into
  MERGE (into)-[:$(type(r))]->(t)
  RETURN count(r) AS plainOut
}
CALL (into, from) {
  MATCH (s)-[r]->(from) WHERE r.id IS NULL AND s <> into
  MERGE (s)-[:$(type(r))]->(into)
  RETURN count(r) AS plainIn
}
// The passages that supported a moved relationship now support it under its new id.
CALL (outgoing, incoming) {
  UNWIND outgoing + incoming AS moved
  UNWIND moved[2] AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  SET e.supports = [x IN coalesce(e.supports, []) WHERE x <> moved[0] AND x <> moved[1]] + [moved[1]]
}
// A proposal that `from` may be `into` is settled by the merge.
CALL (into) {
  OPTIONAL MATCH (p:Proposal)-[:PROPOSES]->(into)
  WHERE EXISTS { (p)-[:SAME_AS_CANDIDATE]->(into) }
  DETACH DELETE p
}
CALL (into, from) {
  MATCH (from)-[r]-(into)
  RETURN count(r) AS dropped
}
WITH into, from, size(outgoing) + size(incoming) + plainOut + plainIn AS moved, dropped
SET into.aliases = reduce(acc = [], a IN coalesce(into.aliases, []) + [from.name] + coalesce(from.aliases, []) |
                     CASE WHEN a IN acc OR a = into.name THEN acc ELSE acc + a END),
    into.description = coalesce(into.description, from.description),
    into.mergedFrom = coalesce(into.mergedFrom, []) + [from.id],
    into.reviewStatus = CASE WHEN coalesce(from.reviewStatus, 'curated') = 'curated' THEN 'curated' ELSE into.reviewStatus END
CREATE (:Correction {id: $correction, field: 'mergedFrom', from: from.id, to: into.id, by: $by, at: $at})-[:CORRECTS]->(into)
WITH into, from, moved, dropped
DETACH DELETE from
RETURN into.id AS id, moved, dropped, coalesce(into.reviewStatus, 'curated') AS status
