import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { logger } from '../log';
import { failureOf, retryAfterOf } from '../neo4j/failures';
import { tokenLimitMessage } from './limits';
import { LIMIT_VARIABLES, type Limits } from './limitSettings';

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/**
 * Lucene refusing a search text (syntax it cannot parse, a term too long to
 * expand, too many clauses): the client's text is at fault, not the server.
 */
const FULLTEXT_REFUSALS = /fulltext[\s\S]*(ParseException|automaton is too large|TooManyClauses|too many clauses|maxClauseCount)/i;

function isRefusedSearchText(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.') && FULLTEXT_REFUSALS.test(error.message);
}

/**
 * What a client sees of a failure: our own GraphQL errors as they are, an
 * unreachable database as DATABASE_UNAVAILABLE, a full lane as SERVER_BUSY
 * (both with the seconds to wait), a read stopped at the time limit as TIMEOUT
 * (statusPlugin turns these into 503 and 504), anything else as an internal error without its stack or
 * message (those go to the log).
 */
export function formatErrorFor(limits: Limits) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const failure = failureOf(original);
    if (failure === 'unavailable') {
      logger.warn({ code: (original as { code?: string }).code, reason: (original as Error).message }, 'Neo4j is unavailable');
      return { ...formatted, message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: retryAfterOf(original) } };
    }
    if (failure === 'busy') {
      return { ...formatted, message: (original as Error).message, extensions: { code: 'SERVER_BUSY', retryAfterSeconds: retryAfterOf(original) } };
    }
    if (failure === 'timeout') {
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

