// Rejects an extracted node, with the extracted claims only about it: they
// are removed and remembered as (:Rejected), so that ingesting their article
// again leaves them out. Their names, corrections and proposals go with them.
MATCH (n:Node {id: $id}) WHERE n.reviewStatus = 'extracted'
WITH n, [n] + COLLECT {
  MATCH (c:Claim)-[:ABOUT]->(n)
  WHERE c.reviewStatus = 'extracted' AND NOT EXISTS { (c)-[:ABOUT]->(o) WHERE o <> n }
  RETURN c
} AS gone
UNWIND gone AS g
MERGE (rejected:Rejected {id: g.id})
SET rejected.label = g.label, rejected.name = g.name, rejected.runId = g.runId, rejected.reviewedBy = $by, rejected.reviewedAt = $at
WITH g
CALL (g) {
  OPTIONAL MATCH (x)-[:NAMES|CORRECTS|PROPOSES|SAME_AS_CANDIDATE]->(g)
  DETACH DELETE x
}
WITH collect(g.id) AS ids, collect(g) AS nodes
FOREACH (g IN nodes | DETACH DELETE g)
RETURN ids
