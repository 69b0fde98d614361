// The quotes a neighbourhood export carries instead of evidence ids, as the
// whole-graph export does (export-nodes.cypher, export-edges.cypher): the
// passages behind each node of $nodeIds, and the passage of each Evidence id
// in $evidenceIds (what its relationships hold).
CALL () {
  UNWIND $nodeIds AS id
  MATCH (:Node {id: id})-[:EVIDENCED_BY]->(e:Evidence)
  WITH id, e ORDER BY e.id
  RETURN id, collect(e.quote) AS quotes
  UNION ALL
  UNWIND $evidenceIds AS id
  MATCH (e:Evidence {id: id})
  RETURN id, [e.quote] AS quotes
}
RETURN id, quotes
