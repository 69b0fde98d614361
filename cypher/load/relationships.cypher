// Loads the relationships. Their evidence is a list of Evidence ids
// (`r.evidence`), since a relationship cannot point to a node. A curated
// relationship is replaced as a whole (a reload shows what the seeds say); an
// extracted one adds its evidence and leaves a curated relationship curated.
// The passages an ingest adds to a curated relationship are extracted until a
// reviewer accepts them: `r.extractedEvidence` lists them (absent: none); a
// passage a reviewer rejected there (:Rejected <id>>EVIDENCED_BY><passage>)
// is not added again. (A graph loaded before statuses existed has curated
// relationships without `reviewStatus`: they count as curated.)
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, properties(r) AS before, row.props.reviewStatus = 'extracted' AS extracted
WITH r, row, before, extracted,
     extracted AND before.evidence IS NOT NULL AND coalesce(before.reviewStatus, 'curated') = 'curated' AS onCurated
WITH r, row, before, extracted, onCurated,
     [e IN row.props.evidence WHERE NOT e IN coalesce(before.evidence, [])
        AND NOT (onCurated AND EXISTS { MATCH (:Rejected {id: row.id + '>EVIDENCED_BY>' + e}) })] AS added
SET r = CASE WHEN onCurated THEN before ELSE row.props END
SET r.evidence = CASE WHEN extracted THEN coalesce(before.evidence, []) + added ELSE row.props.evidence END,
    r.extractedEvidence = CASE WHEN onCurated AND size(coalesce(before.extractedEvidence, []) + added) > 0
                               THEN coalesce(before.extractedEvidence, []) + added END
// Each passage knows the relationships it supports, so that removing an
// article finds them from its passages instead of scanning every relationship.
WITH r
UNWIND r.evidence AS evidenceId
MATCH (e:Evidence {id: evidenceId})
SET e.supports = CASE WHEN r.id IN coalesce(e.supports, []) THEN e.supports ELSE coalesce(e.supports, []) + r.id END
