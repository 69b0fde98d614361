// Which claims refer ambiguously, and to what could they refer?
//
// Expected: article 002's "this latest exchange marks the fifth swap in 2023 and the 64th since the
// onset of Russia's invasion" (Ukraine's Coordination Headquarters): its nearest antecedent is the
// exchange of over 200 Ukrainian service members earlier that month, but the article reports the
// swap begun on Friday 23 May 2025. It is flagged 'ambiguous', MAY_BE_ABOUT both, ABOUT neither:
// no exchange counts it among its claims.
//
// Parameters: none.
//
// One row per ambiguous claim and candidate: what was said, who said it, the flag note, the
// candidate, why it is one (how), and the evidence [{fact, article, quote}] of the claim and of the
// candidate link.
MATCH (claim:Claim {flag: 'ambiguous'})-[link:MAY_BE_ABOUT]->(event)
CALL (claim, link) {
  CALL (claim, link) {
    MATCH (claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN claim.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND link.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN link.id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN claim.id AS claim,
       coalesce(claim.text, claim.name) AS said,
       COLLECT { MATCH (claim)-[:STATED_BY]->(s) RETURN s.name } AS statedBy,
       claim.flagNote AS note,
       event.id AS candidate,
       link.how AS how,
       COLLECT { MATCH (claim)-[:ABOUT]->(e:Event) RETURN e.id } AS about,
       evidence
ORDER BY claim, candidate;
