// An article, its text, and the nodes it states (those with a passage in it),
// each with only its passages in this article, in one round trip.
// $curatedOnly: only the curated ones, through curated links to their
// passages (a curated fact this article reports again, in a link no one
// accepted yet, is not among them).
MATCH (article:Article {id: $id})
CALL (article) {
  MATCH (article)<-[:IN]-(e:Evidence)<-[l:EVIDENCED_BY]-(n:Node)
  WHERE NOT n:Article AND (NOT $curatedOnly OR (coalesce(n.reviewStatus, 'curated') = 'curated' AND coalesce(l.reviewStatus, 'curated') = 'curated'))
  WITH n, e, l ORDER BY e.id
  WITH n, collect({id: e.id, quote: e.quote, sentence: e.sentence, articleId: article.id, articleTitle: article.title, articleDate: article.publishedAt,
                   status: coalesce(l.reviewStatus, 'curated')}) AS evidence
  WITH n, evidence, head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]) AS label
  ORDER BY label, n.id
  RETURN collect({
    id: n.id, label: label, name: coalesce(n.name, n.id), properties: properties(n), evidence: evidence,
    status: coalesce(n.reviewStatus, 'curated'), confidence: n.confidence
  }) AS facts
}
RETURN article.id AS id, article.title AS title, article.publishedAt AS publishedAt, article.text AS text, facts
