// A6. When and where was an exchange agreed, and how far had it got by a given day?
//
// Expected for the 1,000-for-1,000 swap as of 23 May 2025: agreed at the Istanbul talks (Istanbul,
// Turkey) of 16 May 2025; its first phase, exchange-2025-05-23, on 23 May 2025 at the
// Ukraine–Belarus border, 390 returned to each side (270 soldiers and 120 civilians each way).
// Phases count when they certainly began by asOf (earliestDate <= asOf); undated ones cannot.
//
// Parameters: exchange is a node id or an exchange's name; asOf an ISO date.
//   :param exchange => 'exchange-1000-for-1000'
//   :param asOf => '2025-05-23'
//
// One row per phase begun by asOf (one row with an empty phase if none): the agreement, the talks it
// was reached at with their date and place, the phase with its date, place and directed figures, and
// the evidence [{fact, article, quote}] of each of these facts.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($exchange))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $exchange})
  RETURN coalesce(byAlias, byId) AS swap
}
MATCH (swap:Exchange)-[under:UNDER]->(agreement:Agreement)
OPTIONAL MATCH (agreement)-[agreedAt:AGREED_AT]->(talks:Negotiation)
CALL (talks) {
  OPTIONAL MATCH (talks)-[heldIn:TOOK_PLACE_IN]->(venue)
  OPTIONAL MATCH (venue)-[:LOCATED_IN*1..4]->(venueState:State)
  RETURN collect(venue.name + coalesce(', ' + venueState.name, '')) AS agreedIn, collect(heldIn) AS heldInLinks
}
CALL (swap) {
  OPTIONAL MATCH (phase:Exchange)-[phaseOf:PHASE_OF]->(swap)
  WHERE phase.earliestDate <= date($asOf)
  RETURN phase, phaseOf
}
CALL (phase) {
  OPTIONAL MATCH (phase)-[placed:TOOK_PLACE_IN]->(phasePlace)
  RETURN collect(phasePlace.name) AS phasePlaces, collect(placed) AS placedLinks
}
CALL (phase) {
  OPTIONAL MATCH (f:Figure {status: 'reported'})-[:ABOUT]->(phase)
  OPTIONAL MATCH (f)-[:RETURNED_TO]->(side:State)
  OPTIONAL MATCH (f)-[:STATED_BY]->(claimant)
  WITH f, side, claimant WHERE side IS NOT NULL
  ORDER BY side.name, f.category, claimant.name
  RETURN collect(toString(toInteger(f.value)) + ' ' + f.category + ' to ' + side.name + coalesce(' (per ' + claimant.name + ')', '')) AS phaseFigures,
         collect(DISTINCT f) AS figures
}
CALL (talks, phase, figures, under, agreedAt, heldInLinks, phaseOf, placedLinks) {
  CALL (talks, phase, figures, under, agreedAt, heldInLinks, phaseOf, placedLinks) {
    UNWIND [talks, phase] + figures AS n
    MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN n.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND [under, agreedAt, phaseOf] + heldInLinks + placedLinks AS r
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN swap.id AS exchange,
       agreement.id AS agreement,
       talks.name AS agreedAt,
       toString(talks.startDate) AS agreedOn,
       agreedIn,
       phase.id AS phase,
       toString(phase.startDate) AS phaseDate,
       phasePlaces,
       phaseFigures,
       evidence
ORDER BY phaseDate, phase;
