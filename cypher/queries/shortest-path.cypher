// How are two nodes connected? The shortest chains of curated relationships between them.
//
// All shortest paths (up to 10, at most 8 steps), over curated relationships only (not aliases,
// quoted passages or articles), in either direction. A path through a hub such as a state is short
// but says little; the evidence of each step says what it rests on.
//
// Parameters: from and to are aliases or node ids.
//   :param from => 'Zelensky'
//   :param to => 'Mariupol defenders'
//
// One row per path: its length, the path written out with each relationship's direction, the
// evidence [{fact, article, quote}] of each step, and the basis of steps resting on reference geography.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($from))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $from})
  RETURN coalesce(byAlias, byId) AS source
}
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($to))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $to})
  RETURN coalesce(byAlias, byId) AS target
}
WITH source, target WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
MATCH p = allShortestPaths((source)-[*..8]-(target))
WHERE all(r IN relationships(p) WHERE r.id IS NOT NULL)
WITH p, nodes(p) AS steps, relationships(p) AS links
LIMIT 10
CALL (links) {
  UNWIND links AS r
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
  RETURN collect({fact: startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id, article: a.id, quote: e.quote}) AS evidence
}
WITH length(p) AS length,
     steps[0].id + reduce(s = '', i IN range(0, size(links) - 1) |
       s + CASE WHEN startNode(links[i]) = steps[i] THEN ' -[:' + type(links[i]) + ']-> '
                ELSE ' <-[:' + type(links[i]) + ']- ' END + steps[i + 1].id) AS path,
     evidence,
     [r IN links WHERE r.basis IS NOT NULL | startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id + ': ' + r.basis] AS basis
RETURN length, path, evidence, basis
ORDER BY path;
