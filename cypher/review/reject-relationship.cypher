// Rejects an extracted relationship: removed, and remembered as (:Rejected).
MATCH (:Node {id: $from})-[r]->(:Node) WHERE r.id = $id AND r.reviewStatus = 'extracted'
MERGE (rejected:Rejected {id: r.id})
SET rejected.label = type(r), rejected.runId = r.runId, rejected.reviewedBy = $by, rejected.reviewedAt = $at
DELETE r
RETURN $id AS id
