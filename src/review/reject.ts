import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import type { ReviewResult } from './accept';
import { ReviewRefused, findTarget, mustAwaitReview, reviewParams, reviewer } from './target';

/**
 * Rejects an extracted node (with the extracted claims only about it) or
 * relationship: removed and remembered, so that ingesting its article again
 * does not bring it back. A rejected proposal keeps both facts apart.
 */
export async function reject(db: Database, id: string, by: string): Promise<ReviewResult> {
  const who = reviewer(by);
  const target = await findTarget(db, id);
  mustAwaitReview(target, 'rejected');
  const file = {
    NODE: 'review/reject-node.cypher',
    RELATIONSHIP: 'review/reject-relationship.cypher',
    EVIDENCE: 'review/reject-evidence.cypher',
    PROPOSAL: 'review/reject-proposal.cypher',
  }[target.kind];
  const rows = await db.write(cypherFile(file), reviewParams(id, who));
  if (rows.length === 0) throw new ReviewRefused(`"${id}" changed while it was being rejected; nothing was written.`);
  if (target.kind === 'PROPOSAL') return { id, status: null, summary: `Proposal "${id}" rejected by ${who}: "${target.fact}" and "${target.candidate}" stay apart.` };
  const ids = (rows[0].ids as string[] | undefined) ?? [id];
  const claims = ids.filter((x) => x !== id);
  return {
    id,
    status: null,
    summary: `${target.label} "${id}" rejected by ${who}${claims.length ? `, with the claims only about it (${claims.join(', ')})` : ''}; a later ingest leaves ${claims.length ? 'them' : 'it'} out.`,
  };
}
