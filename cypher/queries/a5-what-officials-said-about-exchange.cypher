// A5. What did each official say about an exchange (by default the 23 May 2025 phase)?
//
// Expected for exchange-2025-05-23: Zelenskyy (390 home), Peskov ("laborious process"), Trump
// ("major"), Lavrov (draft peace agreement once the exchange is complete), Budanov (confident the
// swap completes), the Russian Defence Ministry (270 servicemen and 120 civilians). Not Ukraine's
// Coordination Headquarters: its "this latest exchange … the fifth swap in 2023" may be about an
// earlier exchange, so it is MAY_BE_ABOUT both, ABOUT neither (see ambiguous-references).
// Claims are Statements and Figures ABOUT the exchange with a speaker (STATED_BY); what an article
// says in its own voice, and unattributed posts, have no speaker and are left out (see claims.cypher).
//
// Parameters: exchange is a node id or an exchange's name.
//   :param exchange => 'exchange-2025-05-23'
//
// One row per claim and speaker: who (id, name, offices held), what was said (text, the speaker's
// own words where quoted, a figure's value), its flag, and the evidence [{fact, article, quote}] of
// the claim and of its attribution.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($exchange))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $exchange})
  RETURN coalesce(byAlias, byId) AS target
}
MATCH (claim:Claim)-[:ABOUT]->(target)
MATCH (claim)-[said:STATED_BY]->(speaker)
CALL (speaker) {
  OPTIONAL MATCH (speaker)-[role:HOLDS_ROLE]->(office)
  RETURN collect(role.title + ' (' + office.name + ')') AS offices
}
CALL (claim, said, speaker) {
  CALL (claim, said, speaker) {
    MATCH (claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN claim.id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND said.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN claim.id + ' STATED_BY ' + speaker.id AS fact, a.id AS article, e.quote AS quote
  }
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence
}
RETURN speaker.id AS speakerId,
       speaker.name AS speaker,
       offices,
       claim.id AS claim,
       CASE WHEN claim:Figure THEN 'figure' ELSE 'statement' END AS kind,
       coalesce(claim.text, claim.name) AS said,
       claim.quote AS ownWords,
       claim.value AS value,
       claim.flag AS flag,
       evidence
ORDER BY speaker, claim;
