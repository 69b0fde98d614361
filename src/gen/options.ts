import { createHash } from 'node:crypto';

/** What a synthetic graph is made of; the same options always give the same graph. */
export interface GenOptions {
  exchanges: number;
  seed: number;
  /** Articles reporting the exchanges (default: one per exchange). */
  articles: number;
  /** People: officials who hold roles and speak, and named prisoners (default: one per exchange). */
  people: number;
}

/**
 * A short tag naming one set of options, in every synthetic id and name:
 * graphs made with other options never collide with it (ids and alias keys
 * stay unique), and the same options MERGE onto the same nodes.
 */
export function tagOf(options: GenOptions): string {
  const { exchanges, seed, articles, people } = options;
  return createHash('sha1').update(JSON.stringify({ exchanges, seed, articles, people })).digest('hex').slice(0, 6);
}
