import { type ApiOptions, startApi } from '../../src/api/server';
import { DEFAULT_LIMITS, type Limits } from '../../src/api/limitSettings';
import type { Credentials } from '../../src/api/auth';
import { DEFAULT_TRAFFIC, type Traffic } from '../../src/api/traffic';
import { type ResearchCypherOptions, researchOptionsFromEnv } from '../../src/research/options';
import type { Database } from '../../src/neo4j/database';
import type { Logger } from 'pino';
import type { RequestLogging } from '../../src/api/requestLog';
import { type Reply, fetchReply } from '../../src/cli/reply';

export type { Reply };


export interface HardenedApi {
  /** http://host:port, without a path. */
  base: string;
  url: string;
  /** Any request, raw: method, body and headers as given. */
  request(path: string, init?: RequestInit): Promise<Reply>;
  /** A POST /cypher with the research key the API was started with. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Reply>;
  /** A GraphQL POST as a well-behaved client sends it. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
  /**
   * GET /ready until its answer satisfies `wanted`, or `withinMs` pass: each
   * answer comes within a second, but a loaded Neo4j may need several checks
   * before one finishes in time (the last finished one answers meanwhile).
   * Returns the last answer, whatever it was.
   */
  readyUntil(wanted: (reply: Reply) => boolean, withinMs?: number): Promise<Reply>;
  close(): Promise<void>;
}

/** The real API on a free port, with the limits and keys a test asks for (defaults otherwise). */
export async function startHardenedApi(
  db: Database,
  options: {
    limits?: Partial<Limits>;
    credentials?: Credentials;
    traffic?: Partial<Traffic>;
    /** Turns on POST /cypher with this key (and these bounds). */
    research?: Partial<ResearchCypherOptions> & { apiKey: string };
    logger?: Logger;
    requestLogging?: RequestLogging;
  } = {},
): Promise<HardenedApi> {
  const apiOptions: Partial<ApiOptions> = {
    // A generous time limit unless the test is about it: a loaded machine plans cold queries slowly.
    limits: { ...DEFAULT_LIMITS, timeoutMs: 60_000, ...options.limits },
    credentials: options.credentials ?? {},
    // No rate limit unless the test is about it: fuzzing sends thousands of requests from one address.
    traffic: { ...DEFAULT_TRAFFIC, requestsPerMinute: 0, ...options.traffic },
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.requestLogging ? { requestLogging: options.requestLogging } : {}),
    ...(options.research ? { research: { ...researchOptionsFromEnv({}), ...options.research } } : {}),
  };
  const api = await startApi(db, '127.0.0.1', 0, apiOptions);
  const base = api.url.replace(/\/graphql$/, '');
  const request = (path: string, init: RequestInit = {}): Promise<Reply> => fetchReply(base + path, init);
  return {
    base,
    url: api.url,
    request,
    gql: (query, variables, headers = {}) =>
      request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    cypher: (query, params = {}) =>
      request('/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.research?.apiKey}` },
        body: JSON.stringify({ query, params }),
      }),
    async readyUntil(wanted, withinMs = 60_000) {
      const until = Date.now() + withinMs;
      let reply = await request('/ready');
      while (!wanted(reply) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 250));
        reply = await request('/ready');
      }
      return reply;
    },
    close: () => api.close(),
  };
}

/** The first error's code, message and limit report, for terse assertions. */
export function firstError(reply: Reply): { code?: string; message?: string; limit?: Record<string, unknown> } {
  const error = reply.json?.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message, limit: error?.extensions?.limit };
}
