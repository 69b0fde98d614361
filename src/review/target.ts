import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';

/** A review action that cannot be done as asked: the message names the id and why. */
export class ReviewRefused extends Error {
  override name = 'ReviewRefused';
}

/** What a review id names, and whether it awaits review. */
export interface Target {
  id: string;
  /** EVIDENCE: a passage an ingest added to a curated relationship (a node's link to a passage is a RELATIONSHIP). */
  kind: 'NODE' | 'RELATIONSHIP' | 'EVIDENCE' | 'PROPOSAL';
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

const PASSAGE = '>EVIDENCED_BY>';

/**
 * A passage of a relationship is `<relationship id>>EVIDENCED_BY><passage>`:
 * the relationship and the passage it names (nulls for any other id).
 */
export function evidenceOf(id: string): { fact: string | null; passage: string | null } {
  const at = id.lastIndexOf(PASSAGE);
  return at < 0 ? { fact: null, passage: null } : { fact: id.slice(0, at), passage: id.slice(at + PASSAGE.length) };
}

/** The parameters every review statement about `id` takes: where to find it and when and by whom it is reviewed. */
export const reviewParams = (id: string, by: string) => ({ id, from: startOf(id), ...evidenceOf(id), by, at: now() });

/** Reads what `id` names; refuses an id that names nothing. */
export async function findTarget(db: Database, id: string): Promise<Target> {
  const [row] = await db.read(cypherFile('review/target.cypher'), { id, from: startOf(id), ...evidenceOf(id) });
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
