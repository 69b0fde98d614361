// Loads the relationships. Their evidence is a list of Evidence ids
// (`r.evidence`), since a relationship cannot point to a node. A curated
// relationship is replaced as a whole (a reload shows what the seeds say); an
// extracted one adds its evidence and leaves a curated relationship curated.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, properties(r) AS before, row.props.reviewStatus = 'extracted' AS extracted
SET r = CASE WHEN extracted AND before.reviewStatus = 'curated' THEN before ELSE row.props END
SET r.evidence = CASE
  WHEN extracted THEN coalesce(before.evidence, []) + [e IN row.props.evidence WHERE NOT e IN coalesce(before.evidence, [])]
  ELSE row.props.evidence
END
// Each passage knows the relationships it supports, so that removing an
// article finds them from its passages instead of scanning every relationship.
WITH r
UNWIND r.evidence AS evidenceId
MATCH (e:Evidence {id: evidenceId})
SET e.supports = CASE WHEN r.id IN coalesce(e.supports, []) THEN e.supports ELSE coalesce(e.supports, []) + r.id END
