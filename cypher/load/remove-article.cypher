// Removes an article and every fact only it supports; facts other articles
// also support stay, minus its evidence. Runs in one transaction.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Evidence)-[:IN]->(a)
WITH a, collect(e.id) AS gone
// Events and claims every piece of whose evidence is this article's.
CALL (gone) {
  MATCH (n:Node)-[:EVIDENCED_BY]->(e:Evidence) WHERE e.id IN gone AND (n:Event OR n:Claim)
  WITH DISTINCT n
  WHERE all(x IN [(n)-[:EVIDENCED_BY]->(y) | y.id] WHERE x IN gone)
  OPTIONAL MATCH (alias:Alias)-[:NAMES]->(n)
  DETACH DELETE n, alias
}
// Relationships: those resting only on this article go, the others lose its evidence.
CALL (gone) {
  MATCH ()-[r]->() WHERE r.basis IS NULL AND size(r.evidence) > 0 AND all(x IN r.evidence WHERE x IN gone)
  DELETE r
}
CALL (gone) {
  MATCH ()-[r]->() WHERE any(x IN r.evidence WHERE x IN gone)
  SET r.evidence = [x IN r.evidence WHERE NOT x IN gone]
}
// Entities an extraction of this article proposed that nothing else uses now.
CALL (a) {
  MATCH (n:Entity)-[:GENERATED_BY]->(:Run {articleId: a.id})
  WHERE NOT EXISTS { (n)-[r]-() WHERE NOT type(r) IN ['NAMES', 'GENERATED_BY'] }
  OPTIONAL MATCH (alias:Alias)-[:NAMES]->(n)
  DETACH DELETE n, alias
}
CALL (a) {
  OPTIONAL MATCH (run:Run {articleId: a.id})
  OPTIONAL MATCH (p:Proposal {articleId: a.id})
  DETACH DELETE run, p
}
CALL (a) {
  MATCH (e:Evidence)-[:IN]->(a)
  DETACH DELETE e
}
DETACH DELETE a
RETURN size(gone) AS evidence
