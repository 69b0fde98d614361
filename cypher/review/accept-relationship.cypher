// Accepts an extracted relationship (found from its start node).
MATCH (:Node {id: $from})-[r]->(:Node) WHERE r.id = $id AND r.reviewStatus = 'extracted'
SET r.reviewStatus = 'curated', r.reviewedBy = $by, r.reviewedAt = $at
RETURN r.id AS id
