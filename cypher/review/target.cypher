// What a review id names: a node, a relationship (its id is
// <from>><TYPE>><to>, found from its start node; a node's link to a passage
// is one, <node>>EVIDENCED_BY><passage>), a passage an ingest added to a
// curated relationship (<relationship id>>EVIDENCED_BY><passage>: $fact and
// $passage) or a proposal; with the review status of it and of the nodes it joins.
OPTIONAL MATCH (n:Node {id: $id})
OPTIONAL MATCH (p:Proposal {id: $id})
CALL () {
  OPTIONAL MATCH (s:Node {id: $from})-[r]->(t:Node) WHERE r.id = $id
  RETURN r, s, t LIMIT 1
}
CALL () {
  OPTIONAL MATCH (:Node {id: $from})-[q]->(:Node) WHERE $fact IS NOT NULL AND q.id = $fact AND q.evidence IS NOT NULL AND $passage IN q.evidence
  RETURN q LIMIT 1
}
RETURN CASE WHEN n IS NOT NULL THEN 'NODE' WHEN r IS NOT NULL THEN 'RELATIONSHIP' WHEN q IS NOT NULL THEN 'EVIDENCE' WHEN p IS NOT NULL THEN 'PROPOSAL' END AS kind,
       coalesce(n.label, type(r), CASE WHEN q IS NOT NULL THEN 'EVIDENCED_BY' END) AS label,
       coalesce(n.reviewStatus, r.reviewStatus,
                CASE WHEN q IS NOT NULL AND $passage IN coalesce(q.extractedEvidence, []) THEN 'extracted' ELSE q.reviewStatus END,
                'curated') AS status,
       CASE WHEN r IS NULL THEN [] ELSE [[s.id, coalesce(s.reviewStatus, 'curated')], [t.id, coalesce(t.reviewStatus, 'curated')]] END AS ends,
       COLLECT { MATCH (p)-[:PROPOSES]->(f) RETURN f.id }[0] AS fact,
       COLLECT { MATCH (p)-[:SAME_AS_CANDIDATE]->(c) RETURN c.id }[0] AS candidate
