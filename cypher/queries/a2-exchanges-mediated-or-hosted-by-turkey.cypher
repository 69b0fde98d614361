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
// One row per exchange: id, name, date (or its bounds), the path that makes it match, the evidence
// of each step [{fact, article, quote}], and the basis of steps resting on reference geography.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS mediatedBy
}
MATCH (x:Exchange)
CALL (x, mediatedBy) {
  CALL (x, mediatedBy) {
    MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:MEDIATED_BY]->(:Node)-[:PART_OF*0..3]->(mediatedBy)
    RETURN p
    UNION
    MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:MEDIATED_BY]->(:Node)-[:PART_OF*0..3]->(mediatedBy)
    RETURN p
    UNION
    MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:AGREED_AT]->(:Negotiation)-[:MEDIATED_BY|TOOK_PLACE_IN]->(:Node)-[:PART_OF|LOCATED_IN*0..4]->(mediatedBy)
    RETURN p
  }
  RETURN p ORDER BY length(p) LIMIT 1
}
WITH x, nodes(p) AS steps, relationships(p) AS links
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
