// Matches the extractor could not settle: a reported fact that may be one the
// graph has. A reviewer merges them or keeps both (npm run review).
UNWIND $rows AS row
MATCH (fact:Node {id: row.fact})
MATCH (candidate:Node {id: row.candidate})
MERGE (p:Proposal {id: row.fact + '~' + row.candidate})
ON CREATE SET p.reason = row.reason, p.articleId = row.articleId, p.runId = row.runId
MERGE (p)-[:PROPOSES]->(fact)
MERGE (p)-[:SAME_AS_CANDIDATE]->(candidate)
