// Nodes named by $text, best first: the node an alias names exactly, then
// full-text matches of names and aliases ($query: $text as a Lucene query,
// null when no word of it is searchable).
CALL () {
  MATCH (:Alias {key: toLower(trim($text))})-[:NAMES]->(n:Node)
  RETURN n, 1.0e9 AS score
  UNION ALL
  WITH $query AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: $limit}) YIELD node AS n, score
  RETURN n, score
}
WITH n, max(score) AS score
ORDER BY score DESC, n.id
LIMIT $limit
CALL (n) {
  MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
  WITH e, article ORDER BY article.id, e.id
  RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title}) AS evidence
}
RETURN n.id AS id,
       head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]) AS label,
       coalesce(n.name, n.id) AS name,
       properties(n) AS properties,
       evidence
