// Loads the articles: id (the seed file's stem, or a content hash for an
// ingested one), title, publication date, text, and where it came from.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a:Node,
    a.label = 'Article',
    a.name = coalesce(row.title, row.id),
    a.title = row.title,
    a.publishedAt = row.publishedAt,
    a.text = row.text,
    a.contentHash = row.contentHash,
    a.url = row.url,
    a.source = row.source
