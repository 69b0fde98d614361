// Running totals: how many people have been released over the whole war, and who says so?
//
// Expected: 4,757 Ukrainian citizens released since March 2022 (article 002), returned to Ukraine,
// given by Ukraine's Coordination Headquarters on the curator's reading (the article does not repeat
// the attribution: `claimantBasis` says so). A running total is a Figure with status 'cumulative'
// and the date it counts from (`since`); it is about no single exchange, so no exchange lists it.
//
// Parameters: none.
//
// One row per running total: its value, since when (at what precision), the side the people
// returned to, the claimant and the basis of that attribution, and the evidence [{fact, article,
// quote}] of the figure and of its claimant.
MATCH (total:Figure {status: 'cumulative'})
OPTIONAL MATCH (total)-[:RETURNED_TO]->(side:State)
OPTIONAL MATCH (total)-[by:STATED_BY]->(claimant)
CALL (total, by) {
  CALL (total, by) {
    MATCH (total)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN total.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND coalesce(by.evidence, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN total.id + ' STATED_BY' AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN total.id AS figure,
       total.value AS value,
       total.counts AS counts,
       toString(total.sinceDate) AS since,
       total.sincePrecision AS sincePrecision,
       side.name AS returnedTo,
       claimant.name AS claimant,
       by.basis AS claimantBasis,
       COLLECT { MATCH (total)-[:ABOUT]->(e:Event) RETURN e.id } AS aboutEvents,
       evidence
ORDER BY figure;
