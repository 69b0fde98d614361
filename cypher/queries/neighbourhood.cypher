// Everything the graph states directly about one node: its relationships, both ways, with evidence.
//
// For expanding a node as Bloom or a graph client would. Only curated relationships are listed (the
// ones with an id); the links to aliases, quoted passages and articles are left out.
//
// Parameters: name is an alias or node id; limit caps the rows.
//   :param name => 'UAE'
//   :param limit => 100
//
// One row per relationship: direction ('out' from the node, 'in' to it), type, the node at the other
// end (id, kind, name), the relationship's role/title/how, its evidence [{fact, article, quote}], and
// its basis where it rests on reference geography instead of an article.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS center
}
MATCH (center)-[r]-(other:Node)
WHERE r.id IS NOT NULL
CALL (r) {
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
  RETURN collect({fact: startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id, article: a.id, quote: e.quote}) AS evidence
}
RETURN center.id AS node,
       CASE WHEN startNode(r) = center THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relationship,
       other.id AS otherId,
       other.label AS otherKind,
       other.name AS otherName,
       coalesce(r.role, r.title, r.how) AS detail,
       evidence,
       r.basis AS basis
ORDER BY relationship, direction, otherId
LIMIT $limit;
