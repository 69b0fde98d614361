// Events of the graph between the given sides that a report may be about,
// with what ties a report to one: dates, mediators, figures, phases.
// :param sides => ['ukraine', 'russia']
MATCH (s:State) WHERE s.id IN $sides
MATCH (x:Event)-[:BETWEEN|RETURNED_TO|RELEASED_BY]->(s)
WHERE x:Exchange OR x:Release
WITH DISTINCT x
RETURN x.id AS id, x.label AS label, x.name AS name,
  [(x)-[:BETWEEN|RETURNED_TO|RELEASED_BY]->(p:State) | p.id] AS sides,
  toString(x.earliestDate) AS earliestDate, toString(x.latestDate) AS latestDate,
  toString(x.startDate) AS startDate, x.datePrecision AS datePrecision,
  [(x)-[:MEDIATED_BY]->(m) | m.id] AS mediators,
  [(f:Figure)-[:ABOUT]->(x) WHERE f.value IS NOT NULL | f.value] AS values,
  EXISTS { (:Exchange)-[:PHASE_OF]->(x) } AS hasPhases
