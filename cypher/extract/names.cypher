// The gazetteer: every name (alias key) of an entity, with the state a place lies in.
MATCH (a:Alias)-[:NAMES]->(n:Entity)
OPTIONAL MATCH (n:Place)-[:LOCATED_IN]->{1,4}(s:State)
WITH a, n, head(collect(s.id)) AS inState
RETURN a.key AS key, n.id AS id, n.label AS label, n.name AS name, inState
