// Every exchange in date order: sortDate is the best-known day (startDate,
// else a bound); undated exchanges come last.
MATCH (x:Exchange)
WITH x ORDER BY x.sortDate IS NULL, x.sortDate, x.id
CALL (x) {
  MATCH (x)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(article:Article)
  WITH e, article ORDER BY article.id, e.id
  RETURN collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title}) AS evidence
}
RETURN x.id AS id, 'Exchange' AS label, coalesce(x.name, x.id) AS name, properties(x) AS properties, evidence
