// Every node of the export, unordered so that it streams (no sort holds the
// graph). $types as in neighbourhood.cypher: by default the curated graph,
// without the provenance layer; Alias keys carry no :Node.
MATCH (n:Node)
WHERE CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
RETURN n.id AS id,
       head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]) AS label,
       coalesce(n.name, n.id) AS name,
       // An article's text is a page long; exports describe the article without it.
       CASE WHEN n:Article THEN n {.id, .label, .name, .title, .publishedAt} ELSE properties(n) END AS properties
