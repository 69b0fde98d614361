// A2. Which exchanges did Turkey mediate or host the talks for?
//
// Expected: the 1,000-for-1,000 swap and its first phase of 23 May 2025 (002, 003), agreed at the
// Istanbul talks of 16 May 2025, and the exchange of 001, agreed in Istanbul; not 004's exchange,
// where Turkey only appears as the place of the Azov commanders' house arrest. Istanbul counts for
// Turkey through LOCATED_IN (reference geography, shown in the basis column).
// The query is exchanges-by-mediator.cypher, the API's definition of "mediated by" (MATCH_PATHS.
// mediatedBy of src/query/exchanges.ts, verbatim; tests/research checks both stay so).
//
// Parameters: name is an alias ('Turkey', 'Türkiye', 'turkiye') or a node id ('turkey').
//   :param name => 'Turkey'
//
// Each path starts at the mediator and walks back to the exchanges (the work follows the mediator's
// own exchanges, not the number of exchanges). DIRECT: the mediator brokered the exchange, its
// agreement or the talks behind it; HOSTED_TALKS: the talks were held in a place inside it.
//
// One row per exchange: id, name, date (or its bounds), how it was mediated (mediation), the path that
// makes it match (from the exchange to the mediator), the evidence of each step [{fact, article, quote}],
// and the basis of steps resting on reference geography.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS mediatedBy
}
CALL (mediatedBy) {
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x, p, 'DIRECT' AS how
  UNION
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x, p, 'DIRECT' AS how
  UNION
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x, p, 'DIRECT' AS how
  UNION
  MATCH p = (mediatedBy)<-[:LOCATED_IN*0..4]-(:Node)<-[:TOOK_PLACE_IN]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x, p, 'HOSTED_TALKS' AS how
}
// The shortest path explains the row; read from the exchange to the named node.
WITH x, p, how ORDER BY length(p)
WITH x, collect({path: p, how: how})[0] AS shortest
WITH x, shortest.how AS mediation, reverse(nodes(shortest.path)) AS steps, reverse(relationships(shortest.path)) AS links
CALL (links) {
  UNWIND links AS r
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
  RETURN collect({fact: startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id, article: a.id, quote: e.quote}) AS evidence
}
RETURN x.id AS exchange,
       x.name AS name,
       mediation,
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
