// Accepts a passage an ingest added to a curated relationship: it becomes
// curated evidence of it (the relationship keeps its own review record).
MATCH (:Node {id: $from})-[r]->(:Node) WHERE r.id = $fact AND $passage IN coalesce(r.extractedEvidence, [])
WITH r, [x IN r.extractedEvidence WHERE x <> $passage] AS rest
SET r.extractedEvidence = CASE WHEN size(rest) > 0 THEN rest END
RETURN $id AS id
