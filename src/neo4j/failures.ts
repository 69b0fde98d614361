import { Neo4jError } from 'neo4j-driver';

/**
 * What went wrong between the API and Neo4j, in the three kinds a client can
 * act on: come back later (unavailable, busy) or ask for less (timeout).
 * GraphQL, /cypher and /export all answer from this one classification.
 */
export type Failure = 'unavailable' | 'busy' | 'timeout';

/** The work ran out of time on the API's own clock (Neo4j may not have answered at all). */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

/** Too much work of this kind (or from this client) is running: no connection was given out. */
export class Busy extends Error {
  override name = 'Busy';
  constructor(
    message: string,
    /** Seconds a client should wait before trying again (Retry-After). */
    readonly retryAfterSeconds = 1,
  ) {
    super(message);
  }
}

/** Driver error codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Errors the driver raises without a server code (`N/A`) when it cannot get
 * a connection: the pool's acquisition timeout (a server that accepts but
 * never answers), a closed driver, a refused or dropped socket, something
 * other than Neo4j at the address (the log tells the operator which).
 */
const UNAVAILABLE_MESSAGES =
  /Connection acquisition timed out|Pool is closed|ECONNREFUSED|ECONNRESET|EPIPE|Failed to connect|Connection was closed|socket hang up|Server responded HTTP|Unknown Bolt protocol version|Connection timed out|Failed to establish connection/i;

/** Neo4j stopped the transaction at its own timeout (or terminated it). */
const TIMEOUT_CODES = /TransactionTimedOut|Neo\.TransientError\.Transaction\.Terminated|Neo\.ClientError\.Transaction\.Terminated/;

export function failureOf(error: unknown): Failure | undefined {
  if (error instanceof DeadlineExceeded) return 'timeout';
  if (error instanceof Busy) return 'busy';
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  if (TIMEOUT_CODES.test(code)) return 'timeout';
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  if (error instanceof Neo4jError || code === 'N/A') return UNAVAILABLE_MESSAGES.test(error.message) ? 'unavailable' : undefined;
  return undefined;
}

/** The HTTP status of each failure: a gateway's upstream timed out (504) or is away or full (503). */
export const FAILURE_STATUS: Record<Failure, number> = { timeout: 504, unavailable: 503, busy: 503 };

/** Retry-After (seconds) for a failure a client should retry; none for a timeout. */
export function retryAfterOf(error: unknown): number | undefined {
  const failure = failureOf(error);
  if (failure === 'busy') return (error as Busy).retryAfterSeconds;
  return failure === 'unavailable' ? 2 : undefined;
}
