import type { Database } from '../neo4j/database';
import type { Semaphore } from '../neo4j/lanes';
import type { Access } from './auth';

/** What every resolver gets: the database (observed per request) and the warnings to report. */
export interface Context {
  db: Database;
  /** Non-fatal notes for the client, returned in `extensions.warnings`. */
  warnings: string[];
  /**
   * Cypher round trips this operation made, returned in `extensions.roundTrips`.
   * A holder object, since Apollo shallow-copies the context per operation.
   */
  stats: { roundTrips: number };
  /** What the caller's credentials allow. */
  access: Access;
}

/**
 * One request's context: its reads observed (round trips counted), held to
 * the operation's time limit (Neo4j's transaction timeout and the API's own
 * clock), and counted in the caller's share of connections when given.
 */
export function requestContext(db: Database, options: { access: Access; timeoutMs: number; share?: Semaphore }): Context {
  const stats = { roundTrips: 0 };
  const observed = db.observed(() => void stats.roundTrips++).withDeadline(Date.now() + options.timeoutMs);
  return {
    db: options.share ? observed.forClient(options.share) : observed,
    warnings: [],
    stats,
    access: options.access,
  };
}
