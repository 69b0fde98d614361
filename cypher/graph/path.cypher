// A shortest path between two nodes through the curated graph (never through
// the provenance layer: Evidence, Article; Alias keys carry no :Node), with
// the evidence of its nodes and edges, in one round trip. $fromFound and
// $toFound say which id, if any, names no node.
OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
CALL (a, b) {
  // shortestPath refuses a path from a node to itself: that one is the node alone.
  WITH a, b WHERE a <> b
  // The upper bound is the largest allowed maxLength; the node predicate is
  // checked during the search, not after it.
  MATCH p = shortestPath((a)-[*..10]-(b))
  WHERE all(x IN nodes(p) WHERE x:Node AND NOT (x:Evidence OR x:Article))
  RETURN collect(p) AS found
}
WITH a, b,
     CASE
       WHEN a IS NULL OR b IS NULL THEN []
       WHEN a = b THEN [a]
       WHEN size(found) > 0 AND length(found[0]) <= $maxLength THEN nodes(found[0])
       ELSE []
     END AS onPath,
     CASE WHEN size(found) > 0 AND length(found[0]) <= $maxLength THEN relationships(found[0]) ELSE [] END AS steps
CALL (steps) {
  UNWIND steps AS r
  WITH r, startNode(r) AS s, endNode(r) AS t
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title}) AS evidence
  }
  RETURN collect({
    id: coalesce(r.id, s.id + '>' + type(r) + '>' + t.id),
    source: s.id, target: t.id, type: type(r), properties: properties(r), evidence: evidence
  }) AS edges
}
CALL (onPath) {
  UNWIND onPath AS n
  CALL (n) {
    MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title}) AS evidence
  }
  RETURN collect({
    id: n.id,
    label: head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]),
    name: coalesce(n.name, n.id),
    properties: properties(n),
    evidence: evidence
  }) AS nodes
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, edges, false AS truncated
