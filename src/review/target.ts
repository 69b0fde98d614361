import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';

/** A review action that cannot be done as asked: the message names the id and why. */
export class ReviewRefused extends Error {
  override name = 'ReviewRefused';
}

/** What a review id names, and whether it awaits review. */
export interface Target {
  id: string;
  kind: 'NODE' | 'RELATIONSHIP' | 'PROPOSAL';
  label: string;
  status: string;
  /** A relationship's start and end node: id and review status. */
  ends: [string, string][];
  /** A proposal's proposed fact and its candidate. */
  fact: string | null;
  candidate: string | null;
}

/** A relationship's id is `<from>><TYPE>><to>`: its start node is where to find it. */
export const startOf = (id: string): string | null => (id.includes('>') ? id.split('>')[0] : null);

/** Reads what `id` names; refuses an id that names nothing. */
export async function findTarget(db: Database, id: string): Promise<Target> {
  const [row] = await db.read(cypherFile('review/target.cypher'), { id, from: startOf(id) });
  if (!row || row.kind === null) throw new ReviewRefused(`No fact, relationship or proposal has the id "${id}".`);
  return { id, ...(row as Omit<Target, 'id'>) };
}

/** Refuses a target that is not an extracted fact awaiting review. */
export function mustAwaitReview(target: Target, action: string): void {
  if (['Article', 'Evidence'].includes(target.label)) {
    throw new ReviewRefused(`"${target.id}" is ${target.label === 'Article' ? 'an article' : 'a quoted passage'}, not a fact: remove an article with removeArticle (npm run ingest -- --remove).`);
  }
  if (target.kind !== 'PROPOSAL' && target.status !== 'extracted') {
    throw new ReviewRefused(`"${target.id}" is ${target.status}, not extracted: only facts awaiting review can be ${action}.`);
  }
}

/** The moment of a review action, as stored (ISO 8601, UTC). */
export const now = (): string => new Date().toISOString();

/** A reviewer is named: the record says who. */
export function reviewer(by: string | undefined | null): string {
  const name = by?.trim();
  if (!name) throw new ReviewRefused('Say who reviews: a reviewer name is required (reviewedBy, or --by).');
  return name;
}
