import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import { mergeNodes } from './merge';
import { ReviewRefused, evidenceOf, findTarget, mustAwaitReview, reviewParams, reviewer } from './target';

export interface ReviewResult {
  id: string;
  /** After the action; null once the fact is gone. */
  status: 'curated' | 'extracted' | 'synthetic' | null;
  summary: string;
}

/**
 * Accepts an extracted node or relationship (curated, with who and when; it
 * keeps its run), or a proposal (its fact merged into the candidate). One
 * transaction each.
 */
export async function accept(db: Database, id: string, by: string): Promise<ReviewResult> {
  const who = reviewer(by);
  const target = await findTarget(db, id);
  mustAwaitReview(target, 'accepted');
  if (target.kind === 'PROPOSAL') {
    const merged = await mergeNodes(db, target.candidate!, target.fact!, who);
    return { ...merged, id, summary: `Proposal "${id}" accepted: ${merged.summary}` };
  }
  if (target.kind === 'EVIDENCE') {
    const rows = await db.write(cypherFile('review/accept-evidence.cypher'), reviewParams(id, who));
    if (rows.length === 0) throw new ReviewRefused(`"${id}" changed while it was being accepted; nothing was written.`);
    const { fact, passage } = evidenceOf(id);
    return { id, status: 'curated', summary: `Passage "${passage}" of "${fact}" accepted by ${who}.` };
  }
  if (target.kind === 'RELATIONSHIP') {
    const pending = target.ends.filter(([, status]) => status !== 'curated').map(([node]) => `"${node}"`);
    if (pending.length > 0) throw new ReviewRefused(`"${id}" joins ${pending.join(' and ')}, not yet accepted: accept ${pending.length > 1 ? 'them' : 'it'} first.`);
    const rows = await db.write(cypherFile('review/accept-relationship.cypher'), reviewParams(id, who));
    if (rows.length === 0) throw new ReviewRefused(`"${id}" changed while it was being accepted; nothing was written.`);
    return { id, status: 'curated', summary: `${target.label} "${id}" accepted by ${who}.` };
  }
  const rows = await db.write(cypherFile('review/accept-node.cypher'), reviewParams(id, who));
  if (rows.length === 0) throw new ReviewRefused(`"${id}" changed while it was being accepted; nothing was written.`);
  const links = rows[0].relationships as number;
  return { id, status: 'curated', summary: `${target.label} "${id}" accepted by ${who}, with ${links} relationship(s) to curated facts.` };
}
