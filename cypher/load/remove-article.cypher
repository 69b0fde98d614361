// Removes an article and every fact only it supports; facts other articles
// also support stay, minus its evidence. Runs in one transaction. Its cost
// follows the article: everything is reached from its passages (and the
// relationships they support, `Evidence.supports`) or from its run.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Evidence)-[:IN]->(a)
WITH a, collect(e) AS passages, collect(e.id) AS gone
// Events and claims every piece of whose evidence is this article's.
CALL (passages, gone) {
  UNWIND passages AS e
  MATCH (n:Node)-[:EVIDENCED_BY]->(e) WHERE n:Event OR n:Claim
  WITH DISTINCT n, gone
  WHERE all(x IN [(n)-[:EVIDENCED_BY]->(y) | y.id] WHERE x IN gone)
  OPTIONAL MATCH (named)-[:NAMES|CORRECTS]->(n)
  DETACH DELETE n, named
}
// Relationships: those resting only on this article go, the others lose its evidence.
CALL (passages, gone) {
  UNWIND passages AS e
  UNWIND coalesce(e.supports, []) AS rid
  WITH DISTINCT rid, gone
  MATCH (:Node {id: split(rid, '>')[0]})-[r]->() WHERE r.id = rid
  WITH r, [x IN r.evidence WHERE NOT x IN gone] AS kept
  WITH r, kept, size(kept) = 0 AND r.basis IS NULL AS unsupported
  CALL (r, unsupported) {
    WITH r WHERE unsupported
    DELETE r
  }
  CALL (r, kept, unsupported) {
    WITH r, kept WHERE NOT unsupported
    WITH r, kept, [x IN coalesce(r.extractedEvidence, []) WHERE x IN kept] AS stillExtracted
    SET r.evidence = kept,
        r.extractedEvidence = CASE WHEN size(stillExtracted) > 0 THEN stillExtracted END
  }
}
// Entities an extraction of this article proposed that nothing else uses now.
CALL (a) {
  MATCH (n:Entity)-[:GENERATED_BY]->(:Run {articleId: a.id})
  WHERE NOT EXISTS { (n)-[r]-() WHERE NOT type(r) IN ['NAMES', 'CORRECTS', 'GENERATED_BY'] }
  OPTIONAL MATCH (named)-[:NAMES|CORRECTS]->(n)
  DETACH DELETE n, named
}
CALL (a) {
  OPTIONAL MATCH (run:Run {articleId: a.id})
  OPTIONAL MATCH (p:Proposal {articleId: a.id})
  DETACH DELETE run, p
}
CALL (passages) {
  UNWIND passages AS e
  DETACH DELETE e
}
DETACH DELETE a
RETURN size(gone) AS evidence
