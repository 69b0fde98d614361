// Accepts an extracted node: curated, with who and when; it keeps its run.
// Its extracted relationships to curated nodes are accepted with it, and so
// are its links to its passages (counted apart: they are not facts of their own).
MATCH (n:Node {id: $id}) WHERE n.reviewStatus = 'extracted'
SET n.reviewStatus = 'curated', n.reviewedBy = $by, n.reviewedAt = $at
WITH n
CALL (n) {
  MATCH (n)-[r]-(m:Node)
  WHERE r.reviewStatus = 'extracted' AND coalesce(m.reviewStatus, 'curated') = 'curated'
  SET r.reviewStatus = 'curated', r.reviewedBy = $by, r.reviewedAt = $at
  RETURN count(CASE WHEN type(r) <> 'EVIDENCED_BY' THEN r END) AS relationships
}
RETURN n.id AS id, relationships
