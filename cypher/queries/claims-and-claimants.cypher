// Claims (statements and figures) and who made them, optionally about one subject or by one claimant.
//
// A claim's speaker is its STATED_BY (an official, a ministry, a state: never the newspaper); a claim
// with none is the article's own voice, or an unattributed source such as posts on X. Figures carry
// their direction (returned to, released by); flagged claims say why (flag, flagNote).
//
// Parameters: about and claimant are names or ids; null means any.
//   :param about => 'exchange-uae-2024'
//   :param claimant => null
//
// One row per claim: id, kind, what was said, the speaker's own words, a figure's value and direction,
// who stated it, what it is about, its flag, and the evidence [{fact, article, quote}] of the claim and
// of its attribution.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($about))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $about})
  RETURN coalesce(byAlias, byId) AS subject
}
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($claimant))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $claimant})
  RETURN coalesce(byAlias, byId) AS speaker
}
MATCH (claim:Claim)
WHERE ($about IS NULL OR EXISTS { (claim)-[:ABOUT]->(subject) })
  AND ($claimant IS NULL OR EXISTS { (claim)-[:STATED_BY]->(speaker) })
CALL (claim) {
  OPTIONAL MATCH (claim)-[said:STATED_BY]->(who)
  RETURN collect(who.name) AS statedBy, collect(said) AS saidLinks
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[:ABOUT]->(topic)
  RETURN collect(topic.id) AS about
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[:RETURNED_TO]->(to)
  OPTIONAL MATCH (claim)-[:RELEASED_BY]->(by)
  RETURN head(collect(to.name)) AS returnedTo, head(collect(by.name)) AS releasedBy
}
CALL (claim, saidLinks) {
  CALL (claim, saidLinks) {
    MATCH (claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN claim.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND saidLinks AS r
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN startNode(r).id + ' STATED_BY ' + endNode(r).id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN claim.id AS claim,
       CASE WHEN claim:Figure THEN 'figure' ELSE 'statement' END AS kind,
       coalesce(claim.text, claim.name) AS said,
       claim.quote AS ownWords,
       claim.value AS value,
       returnedTo,
       releasedBy,
       CASE WHEN size(statedBy) = 0 THEN ['(no speaker: the article or an unattributed source)'] ELSE statedBy END AS statedBy,
       about,
       claim.flag AS flag,
       evidence
ORDER BY claim;
