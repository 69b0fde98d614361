// Links nodes (events, claims, articles) to the passages that state them.
UNWIND $rows AS row
MATCH (n:Node {id: row.node})
MATCH (e:Evidence {id: row.evidence})
MERGE (n)-[:EVIDENCED_BY]->(e)
