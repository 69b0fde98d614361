// Sets fields of an extracted node and records the change (one Correction
// per reviewer's action, on the field asked for) with the value before it.
MATCH (n:Node {id: $id}) WHERE n.reviewStatus = 'extracted'
CREATE (c:Correction {id: $correction, field: $field, from: n[$field], to: $value, by: $by, at: $at})-[:CORRECTS]->(n)
SET n += $props
// A new name is a name the node is found by (alias keys, as the loader writes them).
FOREACH (key IN $keys | MERGE (a:Alias {key: key}) ON CREATE SET a.name = $name MERGE (a)-[:NAMES]->(n))
RETURN n.id AS id
