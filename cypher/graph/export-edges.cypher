// Every relationship between two exported nodes, unordered so that it streams.
// Curated relationships carry their id; the loader's own (EVIDENCED_BY, IN)
// get one in the same form, <source>><TYPE>><target>.
MATCH (a:Node)-[r]->(b:Node)
WHERE CASE WHEN $types IS NULL THEN NOT (a:Evidence OR a:Article) ELSE any(l IN labels(a) WHERE l IN $types) END
  AND CASE WHEN $types IS NULL THEN NOT (b:Evidence OR b:Article) ELSE any(l IN labels(b) WHERE l IN $types) END
RETURN coalesce(r.id, a.id + '>' + type(r) + '>' + b.id) AS id,
       a.id AS source,
       b.id AS target,
       type(r) AS type,
       // `evidence` holds Evidence ids; the export carries their quotes instead,
       // which mean something without the Evidence nodes.
       CASE WHEN r.evidence IS NULL THEN properties(r)
            ELSE r {.*, evidence: COLLECT { UNWIND r.evidence AS ev MATCH (e:Evidence {id: ev}) RETURN e.quote }}
       END AS properties
