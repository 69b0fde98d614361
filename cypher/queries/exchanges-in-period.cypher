// Exchanges that certainly happened within a period.
//
// The API's definition, exchanges(where: {from, to}): an exchange counts when its earliest possible
// date is on or after `from` and its latest possible date on or before `to` (earliestDate and
// latestDate: a day's bounds are that day, a month's its first and last days; an exchange only known
// to have happened on or before a day has no earliest date, so no period can claim it). Undated
// exchanges never count: the graph cannot say they fall inside.
//
// Parameters: ISO dates (the query turns them into Neo4j dates with date()).
//   :param from => '2025-05-01'
//   :param to => '2025-05-31'
//
// One row per exchange: id, name, date precision, its bounds, and the evidence [{fact, article,
// quote}] that reports it.
MATCH (x:Exchange)
WHERE x.earliestDate >= date($from) AND x.latestDate <= date($to)
CALL (x) {
  MATCH (x)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
  WITH e, a ORDER BY a.id
  RETURN collect({fact: x.id, article: a.id, quote: e.quote}) AS evidence
}
RETURN x.id AS exchange,
       x.name AS name,
       x.datePrecision AS precision,
       toString(x.earliestDate) AS earliest,
       toString(x.latestDate) AS latest,
       evidence
ORDER BY x.sortDate, x.id;
