// Records an extractor run (a W3C PROV Activity) and what it generated.
// Relationships it wrote carry its id as `runId`.
UNWIND $rows AS row
MERGE (run:Run {id: row.id})
ON CREATE SET run.extractor = row.extractor, run.version = row.version, run.startedAt = row.startedAt, run.articleId = row.articleId
WITH run, row
UNWIND row.generated AS id
MATCH (n:Node {id: id})
MERGE (n)-[:GENERATED_BY]->(run)
