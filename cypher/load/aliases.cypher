// Loads the alias keys every name resolves through.
UNWIND $rows AS row
MATCH (n:Node {id: row.target})
MERGE (a:Alias {key: row.key})
SET a.name = row.name
MERGE (a)-[:NAMES]->(n)
