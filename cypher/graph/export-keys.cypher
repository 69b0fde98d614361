// The property keys of what export-nodes.cypher and export-edges.cypher
// stream, with their value types, so that GraphML, GEXF and CSV can declare
// their columns before the first row. $types as in neighbourhood.cypher.
CALL () {
  MATCH (n:Node)
  WHERE CASE WHEN $types IS NULL THEN NOT (n:Evidence OR n:Article) ELSE any(l IN labels(n) WHERE l IN $types) END
  WITH CASE WHEN n:Article THEN n {.id, .label, .name, .title, .publishedAt} ELSE properties(n) END AS props
  UNWIND keys(props) AS key
  RETURN 'node' AS of, key, collect(DISTINCT valueType(props[key])) AS valueTypes
  UNION ALL
  MATCH (a:Node)-[r]->(b:Node)
  WHERE CASE WHEN $types IS NULL THEN NOT (a:Evidence OR a:Article) ELSE any(l IN labels(a) WHERE l IN $types) END
    AND CASE WHEN $types IS NULL THEN NOT (b:Evidence OR b:Article) ELSE any(l IN labels(b) WHERE l IN $types) END
  UNWIND keys(r) AS key
  RETURN 'edge' AS of, key, collect(DISTINCT valueType(r[key])) AS valueTypes
}
RETURN of, key, valueTypes
ORDER BY of, key
