// Loads the curated relationships. Their evidence is a list of Evidence ids
// (`r.evidence`), since a relationship cannot point to a node.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
