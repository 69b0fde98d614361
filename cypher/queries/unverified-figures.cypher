// Which figures does the graph keep as reported but unverified, and why?
//
// Expected: 004's 230 (to Ukraine, per Ukrainian officials) and 248 (to Russia, per Russia), which the
// article says "cannot be independently verified", and 003's "about 400" Russian prisoners from posts
// on X. Each with its flag note and the sentence that says it is unverified among its evidence.
//
// Parameters: none.
//
// One row per figure: value, direction, claimant, what it is about, the flag note, and the evidence
// [{fact, article, quote}] of the figure.
MATCH (f:Figure {flag: 'unverified'})
CALL (f) {
  MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
  WITH e, a ORDER BY a.id, e.quote
  RETURN collect({fact: f.id, article: a.id, quote: e.quote}) AS evidence
}
RETURN f.id AS figure,
       f.value AS value,
       f.qualifier AS qualifier,
       COLLECT { MATCH (f)-[:RETURNED_TO]->(s) RETURN s.name }[0] AS returnedTo,
       COLLECT { MATCH (f)-[:STATED_BY]->(s) RETURN s.name } AS statedBy,
       COLLECT { MATCH (f)-[:ABOUT]->(x) RETURN x.id } AS about,
       f.flagNote AS note,
       evidence
ORDER BY figure;
