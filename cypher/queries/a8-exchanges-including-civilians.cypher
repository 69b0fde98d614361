// A8. Which exchanges included civilians?
//
// Expected: the 23 May 2025 phase (exchange-2025-05-23): 120 civilians each way, among them
// civilians captured in the Kursk region (a group PART_OF civilians).
// The exchanges are those exchanges-by-group.cypher finds for 'civilians', the API's definition of
// "involves" (MATCH_PATHS.involves of src/query/exchanges.ts, verbatim; tests/research checks it);
// each row adds the figures that count civilians in it.
//
// Parameters: name is an alias ('civilians', 'civilian prisoners') or a node id.
//   :param name => 'civilians'
//
// One row per exchange: id, name, date, the path that makes it match, the civilian groups it
// involved, the civilian figures (value, direction, claimant), the evidence [{fact, article, quote}]
// of every step, group and figure, and the basis of steps resting on reference geography.
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
// Every civilian group it involved (civilians, and sub-groups such as the Kursk civilians).
CALL (x, involves) {
  OPTIONAL MATCH (x)-[inv:INVOLVED]->(g)-[:PART_OF*0..3]->(involves)
  WITH inv, g ORDER BY g.name
  RETURN collect(g.name) AS groups, collect(inv) AS groupLinks
}
// The figures that count civilians in this exchange, with their direction and claimant.
CALL (x) {
  OPTIONAL MATCH (f:Figure {category: 'civilians'})-[:ABOUT]->(x)
  OPTIONAL MATCH (f)-[:RETURNED_TO]->(side:State)
  OPTIONAL MATCH (f)-[:STATED_BY]->(claimant)
  WITH f, side, claimant WHERE f IS NOT NULL
  ORDER BY side.name, claimant.name
  RETURN collect(toString(toInteger(f.value)) + ' civilians' + coalesce(' to ' + side.name, '') + coalesce(' (per ' + claimant.name + ')', '')) AS civilianFigures,
         collect(DISTINCT f) AS figures
}
CALL (links, groupLinks, figures) {
  CALL (links, groupLinks, figures) {
    UNWIND links + groupLinks AS r
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND figures AS f
    MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN f.id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
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
       groups,
       civilianFigures,
       evidence,
       [r IN links WHERE r.basis IS NOT NULL | startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id + ': ' + r.basis] AS basis
ORDER BY x.sortDate IS NULL, x.sortDate, x.id;
