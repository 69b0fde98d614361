// Which events happened on a day, in a month or in a year?
//
// An event is on the date asked when it lies wholly within [from, to]: its earliest and latest dates
// both inside. So 2025-05-23 finds the first phase of the 1,000-for-1,000 swap, not the swap itself
// (begun that day, its end not reported), and May 2025 (2025-05-01 to 2025-05-31) the Istanbul talks
// of 16 May, the agreement reached there and the 23 May phase. An event known only by bounds (004's,
// on or before 2024-01-04) or not dated at all lies within no period. The API resolves a date written
// as people write it ("23 May 2025", "May 2025") to the same events.
//
// Parameters: ISO dates, from and to inclusive.
//   :param from => '2025-05-23'
//   :param to => '2025-05-23'
//
// One row per event: id, label, name, date and precision, and the evidence [{fact, article, quote}]
// that reports it.
MATCH (event:Event)
WHERE event.earliestDate >= date($from) AND event.latestDate <= date($to)
CALL (event) {
  MATCH (event)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
  WITH e, a ORDER BY a.id, e.quote
  RETURN collect({fact: event.id, article: a.id, quote: e.quote}) AS evidence
}
WITH event, evidence ORDER BY event.earliestDate, event.id
RETURN event.id AS event,
       event.label AS label,
       event.name AS name,
       toString(event.startDate) AS startDate,
       event.datePrecision AS precision,
       evidence;
