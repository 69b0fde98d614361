import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { logger } from '../log';
import { DeadlineExceeded } from '../neo4j/database';
import { LIMIT_VARIABLES, type Limits, tokenLimitMessage } from './limits';

/** Driver error codes that mean "the database is not there right now". */
const UNAVAILABLE = new Set([
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
  /Connection acquisition timed out|Pool is closed|ECONNREFUSED|ECONNRESET|EPIPE|Failed to connect|Connection was closed|socket hang up|Server responded HTTP|Unknown Bolt protocol version/i;

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/** True when `error` says Neo4j cannot be reached (as opposed to a query that failed). */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE.has(code)) return true;
  return (error instanceof Neo4jError || typeof code === 'string') && UNAVAILABLE_MESSAGES.test(error.message);
}

/**
 * Lucene refusing a search text (syntax it cannot parse, a term too long to
 * expand, too many clauses): the client's text is at fault, not the server.
 */
const FULLTEXT_REFUSALS = /fulltext[\s\S]*(ParseException|automaton is too large|TooManyClauses|too many clauses|maxClauseCount)/i;

function isRefusedSearchText(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.') && FULLTEXT_REFUSALS.test(error.message);
}

function isTimeout(error: unknown): boolean {
  return error instanceof DeadlineExceeded || (error instanceof Neo4jError && error.code.includes('TransactionTimedOut'));
}

/**
 * What a client sees of a failure: our own GraphQL errors as they are, an
 * unreachable database as DATABASE_UNAVAILABLE, a read stopped at the time
 * limit as TIMEOUT, anything else as an internal error without its stack or
 * message (those go to the log).
 */
export function formatErrorFor(limits: Limits) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isUnavailable(original)) {
      logger.warn({ code: (original as { code?: string }).code, reason: (original as Error).message }, 'Neo4j is unavailable');
      return { ...formatted, message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (isTimeout(original)) {
      return {
        ...formatted,
        message: `Time limit of ${limits.timeoutMs} ms exceeded (${LIMIT_VARIABLES.timeoutMs}): the operation was stopped.`,
        extensions: { code: 'TIMEOUT', limit: { name: 'timeout', max: limits.timeoutMs } },
      };
    }
    if (isRefusedSearchText(original)) {
      return { ...formatted, message: 'The search text cannot be run as a full-text query: use plain words.', extensions: { code: 'BAD_USER_INPUT' } };
    }
    const tokens = tokenLimitMessage(formatted.message, limits);
    if (tokens) return { ...formatted, message: tokens, extensions: { ...formatted.extensions, limit: { name: 'tokens', max: limits.maxTokens } } };
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'Internal error in a GraphQL operation');
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

