// Every node of the export, unordered so that it streams (no sort holds the
// graph). $types as in neighbourhood.cypher: by default the curated graph,
// without the provenance layer; Alias keys carry no :Node.
MATCH (n:Node)
WHERE CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
WITH n, COLLECT { MATCH (n)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.quote ORDER BY e.id } AS quotes
RETURN n.id AS id,
       head([l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']]) AS label,
       coalesce(n.name, n.id) AS name,
       CASE
         // An article's text is a page long; exports describe the article without it.
         WHEN n:Article THEN n {.id, .label, .name, .title, .publishedAt}
         // The passages behind a fact travel with it: the Evidence nodes are not exported by default.
         WHEN size(quotes) > 0 THEN n {.*, evidence: quotes}
         ELSE properties(n)
       END AS properties
