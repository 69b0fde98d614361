import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** The GraphQL-over-HTTP media type, under which a non-2xx status is part of the answer. */
export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** Error codes that say the server, not the request, failed: their HTTP status, most telling first. */
const STATUS_OF_CODE: [code: string, status: number][] = [
  ['DATABASE_UNAVAILABLE', 503],
  ['SERVER_BUSY', 503],
  ['TIMEOUT', 504],
];

/**
 * An operation that failed because Neo4j was away, full or too slow is
 * answered with 503 (and Retry-After) or 504, not 200, so load balancers,
 * monitors and load tools count it as the failure it is. The body stays the
 * GraphQL response (partial data included), sent as
 * application/graphql-response+json, as the GraphQL-over-HTTP spec asks of a
 * non-2xx GraphQL answer.
 */
export const statusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        const codes = new Set(errors.map((e) => e.extensions?.code));
        const match = STATUS_OF_CODE.find(([code]) => codes.has(code));
        if (!match) return;
        response.http.status = match[1];
        response.http.headers.set('content-type', GRAPHQL_RESPONSE_TYPE);
        const waits = errors.map((e) => e.extensions?.retryAfterSeconds).filter((s): s is number => typeof s === 'number');
        if (waits.length > 0) response.http.headers.set('retry-after', String(Math.max(...waits)));
      },
    };
  },
};
