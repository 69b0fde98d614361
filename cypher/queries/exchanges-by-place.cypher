// Exchanges that took place in a place, or in any place inside it (the LOCATED_IN hierarchy).
//
// The API's definition, exchanges(where: {place: $name}): the `MATCH p = …` line below is
// MATCH_PATHS.place of src/query/exchanges.ts, verbatim (tests/research checks it stays so).
// A phase counts for the exchange it belongs to. The articles seldom say where an exchange took
// place: most exchanges have no place at all and are never found this way.
//
// Parameters: name is an alias (any case: 'Belarus', 'Ukraine–Belarus border') or a node id.
//   :param name => 'Belarus'
//
// One row per exchange: id, name, date (or its bounds), the path that makes it match, the evidence
// of each step [{fact, article, quote}], and the basis of steps resting on reference geography.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS place
}
CALL (place) {
  MATCH p = (place)<-[:LOCATED_IN*0..4]-(:Node)<-[:TOOK_PLACE_IN]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x, p
}
// The shortest path explains the row; read from the exchange to the named node.
WITH x, p ORDER BY length(p)
WITH x, collect(p)[0] AS p
WITH x, reverse(nodes(p)) AS steps, reverse(relationships(p)) AS links
CALL (links) {
  UNWIND links AS r
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
  RETURN collect({fact: startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id, article: a.id, quote: e.quote}) AS evidence
}
RETURN x.id AS exchange,
       x.name AS name,
       CASE WHEN x.startDate IS NOT NULL THEN toString(x.startDate)
            WHEN x.notAfter IS NOT NULL THEN 'on or before ' + toString(x.notAfter)
            WHEN x.notBefore IS NOT NULL THEN 'on or after ' + toString(x.notBefore)
            ELSE 'unknown' END AS date,
       steps[0].id + reduce(s = '', i IN range(0, size(links) - 1) |
         s + CASE WHEN startNode(links[i]) = steps[i] THEN ' -[:' + type(links[i]) + ']-> '
                  ELSE ' <-[:' + type(links[i]) + ']- ' END + steps[i + 1].id) AS matchedBecause,
       evidence,
       [r IN links WHERE r.basis IS NOT NULL | startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id + ': ' + r.basis] AS basis
ORDER BY x.sortDate IS NULL, x.sortDate, x.id;
