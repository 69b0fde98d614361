import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Driver error codes that mean "the database is not there right now". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Cluster.NotALeader']);

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/**
 * What a client sees of a failure: our own GraphQL errors as they are, an
 * unreachable database as DATABASE_UNAVAILABLE, anything else as an internal
 * error without its stack or message (those go to the server's log).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError) {
    if (UNAVAILABLE.has(original.code)) {
      return { ...formatted, message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || original.code.includes('TransactionTimedOut')) {
      return { ...formatted, message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } };
    }
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error(original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
