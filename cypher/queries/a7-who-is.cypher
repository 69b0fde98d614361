// A7. Who (or what) is called this name?
//
// Expected for 'Zelensky': one person, zelensky (Volodymyr Zelensky), also spelled "Zelenskyy",
// President of Ukraine, with statements from several articles (001, 002, 003, 004).
// The name resolves as everywhere in the project: through Alias keys (any case, diacritics optional),
// or as a node id.
//
// Parameters: name is any spelling or id.
//   :param name => 'Zelensky'
//
// One row: the node's id, kind, name, aliases and description; the offices it holds; the claims it
// made (statements and figures STATED_BY it) and the articles they come from; and the evidence
// [{fact, article, quote}] of each office and claim.
CALL () {
  OPTIONAL MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(byAlias)
  OPTIONAL MATCH (byId:Node {id: $name})
  RETURN coalesce(byAlias, byId) AS entity
}
WITH entity WHERE entity IS NOT NULL
CALL (entity) {
  OPTIONAL MATCH (entity)-[role:HOLDS_ROLE]->(office)
  RETURN collect(role.title + ' (' + office.name + ')') AS offices, collect(role) AS roleLinks
}
CALL (entity) {
  OPTIONAL MATCH (claim:Claim)-[:STATED_BY]->(entity)
  WITH claim ORDER BY claim.id
  RETURN collect(coalesce(claim.text, claim.name)) AS claims, collect(claim) AS claimNodes
}
CALL (roleLinks, claimNodes) {
  CALL (roleLinks, claimNodes) {
    UNWIND roleLinks AS r
    UNWIND r.evidence AS evidenceId
    MATCH (e:Evidence {id: evidenceId})-[:IN]->(a:Article)
    RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS fact, a.id AS article, e.quote AS quote
    UNION
    UNWIND claimNodes AS claim
    MATCH (claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
    RETURN claim.id AS fact, a.id AS article, e.quote AS quote
  }
  WITH fact, article, quote ORDER BY article, fact
  RETURN collect({fact: fact, article: article, quote: quote}) AS evidence, collect(DISTINCT article) AS articles
}
RETURN entity.id AS id,
       entity.label AS kind,
       entity.name AS name,
       entity.aliases AS aliases,
       entity.description AS description,
       offices,
       claims,
       articles,
       evidence;
