import type { Database } from '../neo4j/database';

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
}
