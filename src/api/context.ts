import type { Database } from '../neo4j/database';
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
 * One request's context: its reads observed (round trips counted) and held
 * to the operation's time limit, which Neo4j enforces as their transaction
 * timeout.
 */
export function requestContext(db: Database, options: { access: Access; timeoutMs: number }): Context {
  const stats = { roundTrips: 0 };
  return {
    db: db.observed(() => void stats.roundTrips++).withDeadline(Date.now() + options.timeoutMs),
    warnings: [],
    stats,
    access: options.access,
  };
}
