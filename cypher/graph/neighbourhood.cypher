// The neighbourhood of one node, in one round trip: the nodes within $depth
// steps (nearest first; $limit of them with the root), every relationship
// among them, and the evidence of both.
// $types: the labels a node must carry to be walked through and kept; when
// null, everything but the provenance layer (Evidence, Article). Alias keys
// carry no :Node and never appear.
MATCH (root:Node {id: $id})
CALL (root) {
  // One shortest path per reachable node gives its distance (a BFS, not an
  // enumeration of every path). The QPP bound is the largest allowed depth.
  MATCH p = ANY SHORTEST (root) (()--(x:Node)
    WHERE CASE WHEN $types IS NULL THEN NOT (x:Evidence OR x:Article) ELSE any(l IN labels(x) WHERE l IN $types) END
  ){1,3} (n)
  WHERE length(p) <= $depth AND n <> root
  WITH n, length(p) AS distance
  ORDER BY distance, n.id
  // One more than there is room for tells whether the limit cut.
  LIMIT $limit
  RETURN collect(n) AS reached
}
WITH [root] + reached[..$limit - 1] AS kept, size(reached) >= $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt}) AS evidence
  }
  WITH a, r, b, evidence ORDER BY a.id, type(r), b.id
  RETURN collect({
    id: coalesce(r.id, a.id + '>' + type(r) + '>' + b.id),
    source: a.id, target: b.id, type: type(r), properties: properties(r), evidence: evidence,
    // Extracted facts say so until a person accepts them; curated ones carry no status.
    status: coalesce(r.reviewStatus, 'curated'), confidence: r.confidence
  }) AS edges
}
CALL (kept) {
  UNWIND kept AS n
  CALL (n) {
    MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
    WITH e, article ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt}) AS evidence
  }
  RETURN collect({
    id: n.id,
    label: head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]),
    name: coalesce(n.name, n.id),
    // An article's text is a page long; the node stands for it without it.
    properties: CASE WHEN n:Article THEN n {.id, .label, .name, .title, .publishedAt} ELSE properties(n) END,
    evidence: evidence,
    status: coalesce(n.reviewStatus, 'curated'), confidence: n.confidence
  }) AS nodes
}
RETURN nodes, edges, truncated
