// What the checks need to know of the graph before an article's facts join
// it: the labels of the nodes they point at, the owners of the names they
// would take and what reviewers rejected.
CALL () { MATCH (n:Node) WHERE n.id IN $ids RETURN collect([n.id, n.label]) AS labels }
CALL () { MATCH (a:Alias)-[:NAMES]->(n) WHERE a.key IN $keys RETURN collect([a.key, n.id]) AS aliases }
CALL () { MATCH (r:Rejected) WHERE r.id IN $ids RETURN collect(r.id) AS rejected }
RETURN labels, aliases, rejected
