// Loads the quoted passages: each is a verbatim clause of one article, kept
// with the whole sentence around it.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Evidence {id: row.id})
SET e:Node,
    e.label = 'Evidence',
    e.name = row.quote,
    e.quote = row.quote,
    e.sentence = row.sentence,
    e.articleId = row.articleId
MERGE (e)-[:IN]->(a)
