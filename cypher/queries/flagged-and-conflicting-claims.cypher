// Claims to read with care: flagged ones, and figures that contradict each other.
//
// Flagged: an article's own slip kept as stated (flag 'inconsistent'), an unverified claim (flag
// 'unverified', e.g. 003's posts on X, 004's 230 and 248), or a claim whose referent is ambiguous
// (flag 'ambiguous', e.g. 002's "this latest exchange … the fifth swap in 2023"); flagNote says why.
// Conflicting: two exact figures about the same event, counting the same category of people in the
// same direction (RETURNED_TO the same side) with the same status, but with different values. Figures
// of opposite directions (230 returned to Ukraine, 248 to Russia) are two facts, not a conflict.
//
// Parameters: none.
//
// One row per flagged claim or conflicting pair: kind, the claim ids, what they say, the note, and
// the evidence [{fact, article, quote}] of each claim.
CALL () {
  MATCH (claim:Claim) WHERE claim.flag IS NOT NULL
  RETURN 'flagged: ' + claim.flag AS kind, [claim] AS claims, coalesce(claim.text, claim.name) AS said, claim.flagNote AS note
  UNION
  MATCH (a:Figure)-[:ABOUT]->(event)<-[:ABOUT]-(b:Figure)
  WHERE a.id < b.id AND a.qualifier = 'exact' AND b.qualifier = 'exact'
    AND a.category = b.category AND a.status = b.status AND a.value <> b.value
    AND EXISTS { (a)-[:RETURNED_TO]->(side)<-[:RETURNED_TO]-(b) }
  RETURN 'conflict' AS kind, [a, b] AS claims, a.name + ' / ' + b.name AS said,
         'Same event (' + event.id + '), direction, category and status; different values.' AS note
}
CALL (claims) {
  UNWIND claims AS claim
  MATCH (claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
  WITH claim, e, a ORDER BY claim.id, a.id
  RETURN collect({fact: claim.id, article: a.id, quote: e.quote}) AS evidence
}
RETURN kind,
       [c IN claims | c.id] AS claims,
       said,
       note,
       evidence
ORDER BY kind, claims;
