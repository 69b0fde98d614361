// Paths between two nodes through the curated graph (never through the
// provenance layer: Evidence, Article; Alias keys carry no :Node), with the
// evidence of their nodes and edges, in one round trip.
//   $all:      every shortest path (at most $cap of them), else the $k shortest
//              (first of equal length by id order, so the answer is stable);
//   $avoid:    labels no node inside a path may carry (hubs such as State);
//              the two ends may carry them;
//   $types:    the relationship types a path may follow (null: any).
// $fromFound and $toFound say which id, if any, names no node.
OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
CALL (a, b) {
  CALL (a, b) {
    // A path from a node to itself is the node alone.
    WITH a, b WHERE a = b
    RETURN [a] AS pathNodes, [] AS pathEdges, 0 AS len
    UNION
    // The quantifier's bound is the largest allowed maxLength; the predicates
    // are checked during the search, so hubs and unwanted types are never walked.
    WITH a, b WHERE a <> b AND $all
    MATCH p = ALL SHORTEST (a) (()-[r]-(x:Node)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND NOT (x:Evidence OR x:Article)
        AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))
    ){1,10} (b)
    WHERE length(p) <= $maxLength
    WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT $cap
    RETURN nodes(p) AS pathNodes, relationships(p) AS pathEdges, length(p) AS len
    UNION
    // The usual question, one shortest path, searches for one only.
    WITH a, b WHERE a <> b AND NOT $all AND $k = 1
    MATCH p = SHORTEST 1 (a) (()-[r]-(x:Node)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND NOT (x:Evidence OR x:Article)
        AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))
    ){1,10} (b)
    WHERE length(p) <= $maxLength
    RETURN nodes(p) AS pathNodes, relationships(p) AS pathEdges, length(p) AS len
    UNION
    // SHORTEST k takes a literal: search the largest allowed k, keep $k.
    WITH a, b WHERE a <> b AND NOT $all AND $k > 1
    MATCH p = SHORTEST 10 (a) (()-[r]-(x:Node)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND NOT (x:Evidence OR x:Article)
        AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))
    ){1,10} (b)
    WHERE length(p) <= $maxLength
    WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id] LIMIT $k
    RETURN nodes(p) AS pathNodes, relationships(p) AS pathEdges, length(p) AS len
  }
  WITH pathNodes, pathEdges, len ORDER BY len, [n IN pathNodes | n.id], [r IN pathEdges | r.id]
  // An aggregate always answers one row, so unknown ends still reach RETURN.
  RETURN collect({nodes: pathNodes, edges: pathEdges}) AS found
}
WITH a, b, found,
     reduce(acc = [], f IN found | acc + [n IN f.nodes WHERE NOT n IN acc]) AS onPath,
     reduce(acc = [], f IN found | acc + [r IN f.edges WHERE NOT r IN acc]) AS steps
CALL (steps) {
  UNWIND steps AS r
  WITH r, startNode(r) AS s, endNode(r) AS t
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt}) AS evidence
  }
  RETURN collect({
    id: coalesce(r.id, s.id + '>' + type(r) + '>' + t.id),
    source: s.id, target: t.id, type: type(r), properties: properties(r), evidence: evidence,
    status: coalesce(r.reviewStatus, 'curated'), confidence: r.confidence
  }) AS edges
}
CALL (onPath) {
  UNWIND onPath AS n
  CALL (n) {
    MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt}) AS evidence
  }
  RETURN collect({
    id: n.id,
    label: head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]),
    name: coalesce(n.name, n.id),
    properties: properties(n),
    evidence: evidence,
    status: coalesce(n.reviewStatus, 'curated'), confidence: n.confidence
  }) AS nodes
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, edges,
       [f IN found | {
         nodes: [n IN f.nodes | n.id],
         edges: [r IN f.edges | coalesce(r.id, startNode(r).id + '>' + type(r) + '>' + endNode(r).id)]
       }] AS paths,
       $all AND size(found) >= $cap AS truncated
