// Which people were handed back without an exchange, and what is that reported with?
//
// Expected: 75 Russian prisoners handed back without an exchange (article 004, per Moskalkova),
// returned to Russia, released by Ukraine (a reading: `basis`), reported with the UAE-facilitated
// exchange and reportedly a result of the negotiations over the return of five Azov commanders. The
// commanders' own return to Ukraine is the other Release of 004. Releases are not exchanges: no
// exchange query and no exchange count includes them.
//
// Parameters: none.
//
// One row per release: its people (figures with direction and claimant), the sides, the events it
// is related to (how, and the basis where the link is the curator's reading), and the evidence
// [{fact, article, quote}] of the release and of each relationship shown.
MATCH (release:Release)
CALL (release) {
  MATCH (f:Figure)-[:ABOUT]->(release)
  RETURN collect(f.value + ' to ' + COLLECT { MATCH (f)-[:RETURNED_TO]->(s) RETURN s.name }[0]
                 + coalesce(' (per ' + COLLECT { MATCH (f)-[:STATED_BY]->(s) RETURN s.name }[0] + ')', '')) AS people
}
CALL (release) {
  MATCH (release)-[r:RELATED_TO]-(other:Event)
  WHERE startNode(r) = release
  RETURN collect({event: other.id, label: other.label, how: r.how, basis: r.basis}) AS relatedTo
}
CALL (release) {
  CALL (release) {
    MATCH (release)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN release.id AS fact, a.id AS article, e.quote AS quote
    UNION
    MATCH (release)-[r]->(:Node) WHERE r.id IS NOT NULL
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN r.id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN release.id AS release,
       release.name AS name,
       people,
       COLLECT { MATCH (release)-[:RETURNED_TO]->(s) RETURN s.name }[0] AS returnedTo,
       COLLECT { MATCH (release)-[:RELEASED_BY]->(s) RETURN s.name }[0] AS releasedBy,
       relatedTo,
       evidence
ORDER BY release;
