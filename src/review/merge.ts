import { randomUUID } from 'node:crypto';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import type { ReviewResult } from './accept';
import { ReviewRefused, findTarget, now, reviewer } from './target';

/**
 * Merges node `from` into `into` (two entities, or a proposed event into its
 * candidate): names, relationships and evidence move over, nothing is lost;
 * one transaction. Both must exist, be nodes and have the same label.
 */
export async function mergeNodes(db: Database, into: string, from: string, by: string): Promise<ReviewResult> {
  const who = reviewer(by);
  if (into === from) throw new ReviewRefused(`Cannot merge "${into}" into itself.`);
  const [keep, gone] = await Promise.all([findTarget(db, into), findTarget(db, from)]);
  for (const t of [keep, gone]) {
    if (t.kind !== 'NODE') throw new ReviewRefused(`"${t.id}" is a ${t.kind.toLowerCase()}, not an entity: only nodes are merged.`);
    if (['Article', 'Evidence'].includes(t.label)) throw new ReviewRefused(`"${t.id}" is ${t.label === 'Article' ? 'an article' : 'a quoted passage'}, not an entity.`);
  }
  if (keep.label !== gone.label) throw new ReviewRefused(`Cannot merge ${gone.label} "${from}" into ${keep.label} "${into}": they must have the same label.`);
  const rows = await db.write(cypherFile('review/merge.cypher'), { into, from, by: who, at: now(), correction: randomUUID() });
  if (rows.length === 0) throw new ReviewRefused(`"${into}" or "${from}" changed while they were being merged; nothing was written.`);
  const { moved, dropped, status } = rows[0] as { moved: number; dropped: number; status: ReviewResult['status'] };
  return {
    id: into,
    status,
    summary: `"${from}" merged into "${into}" by ${who}: ${moved} relationship(s) moved${dropped ? `, ${dropped} between the two dropped` : ''}; its names are aliases of "${into}".`,
  };
}
