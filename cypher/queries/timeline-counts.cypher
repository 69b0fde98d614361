// How many events (negotiations, agreements, exchanges, releases) fall in each year or month.
//
// An event is placed by its start date at the precision it is known to: a day or month date counts
// in its month, a year-only date in its year. An event known only by a bound (the UAE exchange
// happened on or before 2024-01-04) is counted under that bound, never in a guessed month; an event
// with no date at all under 'date unknown'. Unknown stays unknown.
//
// Parameters: granularity is 'month' or 'year'.
//   :param granularity => 'month'
//
// One row per period and kind of event: the count, the events' ids, and the evidence [{fact, article,
// quote}] that reports each event (its first quoted passage).
MATCH (event:Event)
WITH event,
     CASE
       WHEN event.startDate IS NULL AND event.latestDate IS NOT NULL THEN 'on or before ' + toString(event.latestDate)
       WHEN event.startDate IS NULL AND event.earliestDate IS NOT NULL THEN 'on or after ' + toString(event.earliestDate)
       WHEN event.startDate IS NULL THEN 'date unknown'
       WHEN $granularity = 'year' OR event.datePrecision = 'year' THEN toString(event.startDate.year)
       ELSE toString(event.startDate.year) + '-' + right('0' + toString(event.startDate.month), 2)
     END AS period,
     coalesce(event.startDate, event.latestDate, event.earliestDate) AS sortDate
CALL (event) {
  MATCH (event)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
  WITH e, a ORDER BY a.id, e.id
  RETURN {fact: event.id, article: a.id, quote: e.quote} AS firstEvidence
  LIMIT 1
}
WITH period, event.label AS kind, min(sortDate) AS sortDate, collect(event.id) AS events, collect(firstEvidence) AS evidence
RETURN period, kind, size(events) AS count, events, evidence
ORDER BY sortDate IS NULL, sortDate, period, kind;
