// Keeps a proposed fact apart from its candidate: the proposal goes, and is
// remembered so that a later extraction does not propose it again.
MATCH (p:Proposal {id: $id})
MERGE (rejected:Rejected {id: p.id})
SET rejected.label = 'Proposal', rejected.runId = p.runId, rejected.reviewedBy = $by, rejected.reviewedAt = $at
DETACH DELETE p
RETURN $id AS id
