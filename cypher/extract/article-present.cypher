// Is the article in already, under its id or as the same text under another?
OPTIONAL MATCH (byId:Article {id: $id})
OPTIONAL MATCH (byText:Article {contentHash: $hash})
WITH coalesce(byId, byText) AS a WHERE a IS NOT NULL
RETURN a.id AS id
LIMIT 1
