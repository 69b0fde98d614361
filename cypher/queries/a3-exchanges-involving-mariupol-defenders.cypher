// A3. Which exchanges involved Mariupol defenders?
//
// Expected: the exchanges reported by 000 (exchange-mariupol-25), 001 (exchange-istanbul-under-25)
// and 004 (exchange-uae-2024: its Azovstal defenders count, since Azovstal lies in Mariupol); not
// the 23 May 2025 phase, whose articles do not say so.
// The query is exchanges-by-group.cypher, the API's definition of "involves" (MATCH_PATHS.involves
// of src/query/exchanges.ts, verbatim; tests/research checks both stay so).
//
// Parameters: name is an alias ('Mariupol defenders', 'defenders of Mariupol') or a node id.
//   :param name => 'Mariupol defenders'
//
// Each path starts at the named node and walks back to the exchanges, so the query's work follows
// what that node reaches, not the number of exchanges.
//
// One row per exchange: id, name, date, the path that makes it match (from the exchange to the named
// node; through a place it ends with the named group's own tie to it), the evidence of every step
// [{fact, article, quote}], and the basis of steps resting on reference geography.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS involves
}
CALL (involves) {
  MATCH p = (involves)<-[:PART_OF*0..3]-(:Node)<-[:INVOLVED]-(x:Exchange)
  RETURN x, p
  UNION
  MATCH p = (involves)-[own:DEFENDED|FROM*0..1]->(:Place)<-[:LOCATED_IN*0..4]-(:Node)<-[tie:DEFENDED|FROM]-(:Node)<-[:INVOLVED]-(x:Exchange)
  WHERE all(same IN own WHERE type(same) = type(tie))
  RETURN x, p
}
// The shortest path explains the row; read from the exchange to the named node.
WITH x, involves, p ORDER BY length(p)
WITH x, involves, collect(p)[0] AS p
WITH x, involves, reverse(nodes(p)) AS steps, reverse(relationships(p)) AS links
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
