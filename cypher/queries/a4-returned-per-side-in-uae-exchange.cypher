// A4. How many people came home on each side in the UAE-mediated exchange, and who said so?
//
// Expected: 230 returned to Ukraine (stated by Ukraine: "Ukrainian officials have reported") and 248
// returned to Russia (stated by Russia), both from 004: two directions, not a conflict.
// The exchange is found as exchanges-by-mediator.cypher finds it (MATCH_PATHS.mediatedBy of
// src/query/exchanges.ts, verbatim); its figures are those ABOUT it with a direction (RETURNED_TO).
// A figure the article gives in its own voice has no claimant (statedBy is empty).
//
// Parameters: mediator is an alias ('UAE') or a node id.
//   :param mediator => 'UAE'
//
// One row per figure: the exchange, the side the people returned to, the value with its qualifier,
// category and status, who stated it, and the evidence [{fact, article, quote}] of the figure, its
// direction and its claimant.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($mediator))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $mediator})
  RETURN coalesce(byAlias, byId) AS mediatedBy
}
// From the mediator back to its exchanges (UNION: each exchange once).
CALL (mediatedBy) {
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x
  UNION
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x
  UNION
  MATCH p = (mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x
  UNION
  MATCH p = (mediatedBy)<-[:LOCATED_IN*0..4]-(:Node)<-[:TOOK_PLACE_IN]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)
  RETURN x
}
MATCH (f:Figure)-[:ABOUT]->(x)
MATCH (f)-[returned:RETURNED_TO]->(side:State)
CALL (f) {
  OPTIONAL MATCH (f)-[said:STATED_BY]->(claimant)
  RETURN collect(claimant.name) AS statedBy, collect(said) AS saidLinks
}
CALL (f, returned, saidLinks) {
  CALL (f, returned, saidLinks) {
    MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN f.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND [returned] + saidLinks AS r
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN x.id AS exchange,
       side.id AS returnedTo,
       f.value AS value,
       f.qualifier AS qualifier,
       f.category AS category,
       f.status AS status,
       statedBy,
       evidence
ORDER BY exchange, returnedTo, value;
