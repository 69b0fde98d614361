// Must come back empty: which exchanges happened in 2023?
//
// Expected: no rows. No exchange is reported with a 2023 date. Article 002's "the fifth swap in 2023"
// is the article's slip (its context is May 2025): it is kept as stated, in a Statement flagged
// ambiguous whose note records the slip (see flagged-and-conflicting-claims.cypher), and dates nothing. The UAE exchange of 004 happened on
// or before 2024-01-04; when is unknown, so 2023 cannot claim it either.
// The query is exchanges-in-period.cypher, the API's definition of exchanges(where: {from, to}).
//
// Parameters: ISO dates.
//   :param from => '2023-01-01'
//   :param to => '2023-12-31'
//
// One row per exchange (none here): id, name, date precision, bounds, and the evidence reporting it.
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
