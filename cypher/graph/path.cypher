// Paths between two nodes through the curated graph (never through the
// provenance layer: Evidence, Article; Alias keys carry no :Node), with the
// evidence of their nodes and edges, in one round trip.
//   $k:        1: one shortest path; more: the shortest paths first (of equal
//              length by id order, so the answer is stable), then, when fewer
//              than $k, the next ones by Yen's algorithm;
//   $all:      every shortest path (at most $cap of them);
//   $avoid:    labels no node inside a path may carry (hubs such as State);
//              the two ends may carry them;
//   $types:    the relationship types a path may follow (null: any);
//   $curatedOnly: only through curated nodes and relationships (the ends too).
// $fromFound and $toFound say which id, if any, names no node.
// Every search is shortestPath()/allShortestPaths(): a bidirectional BFS that
// grows the smaller frontier and checks the predicates while it walks, so a
// hub (the UAE's ~22k exchanges) is crossed once, not expanded per path. The
// largest allowed maxLength bounds it (a length must be a literal there);
// $maxLength is checked on what it found, after it: a path predicate inside
// would plan an exhaustive fallback search for when none passes.
OPTIONAL MATCH (a:Node {id: $from}) WHERE NOT $curatedOnly OR coalesce(a.reviewStatus, 'curated') = 'curated'
OPTIONAL MATCH (b:Node {id: $to}) WHERE NOT $curatedOnly OR coalesce(b.reviewStatus, 'curated') = 'curated'
CALL (a, b) {
  CALL (a, b) {
    // A path from a node to itself is the node alone.
    WITH a, b WHERE a = b
    RETURN [a] AS pathNodes, [] AS pathEdges
    UNION
    // The usual question, one shortest path, stops at the first meeting.
    WITH a, b WHERE a <> b AND NOT $all AND $k = 1
    MATCH p = shortestPath((a)-[*1..10]-(b))
    WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
                                    AND (NOT $curatedOnly OR coalesce(r.reviewStatus, 'curated') = 'curated'))
      AND all(x IN nodes(p) WHERE x = a OR (x:Node AND NOT (x:Evidence OR x:Article)
                                            AND (NOT $curatedOnly OR coalesce(x.reviewStatus, 'curated') = 'curated')
                                            AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))))
    WITH p WHERE length(p) <= $maxLength
    RETURN nodes(p) AS pathNodes, relationships(p) AS pathEdges
    UNION
    WITH a, b WHERE a <> b AND ($all OR $k > 1)
    CALL (a, b) {
      MATCH p = allShortestPaths((a)-[*1..10]-(b))
      WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
                                      AND (NOT $curatedOnly OR coalesce(r.reviewStatus, 'curated') = 'curated'))
        AND all(x IN nodes(p) WHERE x = a OR (x:Node AND NOT (x:Evidence OR x:Article)
                                              AND (NOT $curatedOnly OR coalesce(x.reviewStatus, 'curated') = 'curated')
                                              AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))))
      WITH p WHERE length(p) <= $maxLength
      // One more than the cap tells `truncated` that more exist.
      WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
      LIMIT CASE WHEN $all THEN $cap + 1 ELSE $k END
      RETURN collect({nodes: nodes(p), edges: relationships(p)}) AS shortest
    }
    // Fewer shortest paths than $k: the next ones by Yen's algorithm, one
    // path a round. From each node of each path found (the spur), the
    // shortest way on to b that leaves the nodes before it (the root) and
    // takes none of the next steps the found paths with that root take: the
    // root and that way is a new path, and the shortest of them is the next.
    WITH b, shortest, reduce(found = shortest, round IN range(2, $k) |
      // Done: all asked for, k found, or the last round found none.
      CASE WHEN $all OR size(found) >= $k OR size(found) < size(shortest) + round - 2 THEN found
      ELSE found + COLLECT {
        UNWIND found AS f
        UNWIND range(0, size(f.edges) - 1) AS j
        WITH f.nodes[0..j] AS root, f.edges[0..j] AS rootEdges, f.nodes[j] AS spur,
             [o IN found WHERE o.edges[0..j] = f.edges[0..j] | o.edges[j]] AS taken
        MATCH q = shortestPath((spur)-[*1..10]-(b))
        WHERE all(r IN relationships(q) WHERE NOT r IN taken AND ($types IS NULL OR type(r) IN $types)
                                              AND (NOT $curatedOnly OR coalesce(r.reviewStatus, 'curated') = 'curated'))
          AND all(x IN nodes(q) WHERE x = spur OR (x:Node AND NOT (x:Evidence OR x:Article) AND NOT x IN root
                                                   AND (NOT $curatedOnly OR coalesce(x.reviewStatus, 'curated') = 'curated')
                                                   AND (x = b OR NONE(l IN labels(x) WHERE l IN $avoid))))
        WITH root + nodes(q) AS pathNodes, rootEdges + relationships(q) AS pathEdges
        WHERE size(pathEdges) <= $maxLength
        RETURN {nodes: pathNodes, edges: pathEdges} AS next
        ORDER BY size(pathEdges), [n IN pathNodes | n.id], [r IN pathEdges | r.id] LIMIT 1
      } END) AS found
    // No more than the limit (the shortest were cut to it, and a round adds one until $k): the
    // ORDER BY after the union puts them in order.
    UNWIND found AS p
    RETURN p.nodes AS pathNodes, p.edges AS pathEdges
  }
  WITH pathNodes, pathEdges ORDER BY size(pathEdges), [n IN pathNodes | n.id], [r IN pathEdges | r.id]
  // An aggregate always answers one row, so unknown ends still reach RETURN.
  RETURN collect({nodes: pathNodes, edges: pathEdges}) AS searched
}
WITH a, b, searched[0..$cap] AS found, size(searched) > $cap AS truncated
WITH a, b, found, truncated,
     reduce(acc = [], f IN found | acc + [n IN f.nodes WHERE NOT n IN acc]) AS onPath,
     reduce(acc = [], f IN found | acc + [r IN f.edges WHERE NOT r IN acc]) AS steps
CALL (steps) {
  UNWIND steps AS r
  WITH r, startNode(r) AS s, endNode(r) AS t
  CALL (r) {
    // A passage an ingest added to a curated relationship is extracted until accepted.
    UNWIND coalesce(r.evidence, []) AS evidenceId
    WITH r, evidenceId, CASE WHEN evidenceId IN coalesce(r.extractedEvidence, []) THEN 'extracted' ELSE coalesce(r.reviewStatus, 'curated') END AS status
    WHERE NOT $curatedOnly OR status = 'curated'
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(article:Article)
    WITH e, article, status ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt, status: status}) AS evidence
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
    MATCH (n)-[l:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
    WHERE NOT $curatedOnly OR coalesce(l.reviewStatus, 'curated') = 'curated'
    WITH e, article, l ORDER BY article.id, e.id
    RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt,
                    status: coalesce(l.reviewStatus, 'curated')}) AS evidence
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
       truncated
