// Loads the articles: id (the seed file's stem), title, publication date, text.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a:Node,
    a.label = 'Article',
    a.name = coalesce(row.title, row.id),
    a.title = row.title,
    a.publishedAt = row.publishedAt,
    a.text = row.text
