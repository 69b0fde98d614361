// Rejects a passage an ingest added to a curated relationship: it no longer
// supports it, and is remembered as (:Rejected) so that ingesting its article
// again does not add it back (load/relationships.cypher). The relationship stays.
MATCH (:Node {id: $from})-[r]->(:Node) WHERE r.id = $fact AND $passage IN coalesce(r.extractedEvidence, [])
MERGE (rejected:Rejected {id: $id})
SET rejected.label = 'EVIDENCED_BY', rejected.reviewedBy = $by, rejected.reviewedAt = $at
WITH r, [x IN r.extractedEvidence WHERE x <> $passage] AS rest
SET r.evidence = [x IN r.evidence WHERE x <> $passage],
    r.extractedEvidence = CASE WHEN size(rest) > 0 THEN rest END
WITH r
MATCH (e:Evidence {id: $passage})
SET e.supports = [x IN coalesce(e.supports, []) WHERE x <> r.id]
RETURN $id AS id
