// Links nodes (events, claims, articles) to the passages that state them.
// The link carries the provenance of the fact it was written with (a fact's
// evidence is as trusted as the link to it): curated from the seeds,
// extracted (with the run and confidence) from an ingest. A link a curator
// or a reviewer made stays curated when an ingest states it again; a link a
// reviewer rejected (remembered as :Rejected) is not made again. An
// article's own passages (its dateline) carry no status: sources are not facts.
UNWIND $rows AS row
MATCH (n:Node {id: row.node})
MATCH (e:Evidence {id: row.evidence})
WITH n, e, row, n.id + '>EVIDENCED_BY>' + e.id AS id
WHERE row.reviewStatus IS NULL OR row.reviewStatus <> 'extracted' OR NOT EXISTS { MATCH (:Rejected {id: id}) }
MERGE (n)-[r:EVIDENCED_BY]->(e)
ON CREATE SET r.reviewStatus = row.reviewStatus, r.runId = row.runId, r.confidence = row.confidence
ON MATCH SET r.reviewStatus = CASE WHEN row.reviewStatus = 'extracted' THEN coalesce(r.reviewStatus, 'curated') ELSE row.reviewStatus END
SET r.id = id
