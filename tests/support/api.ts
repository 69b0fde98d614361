import { afterAll, beforeAll } from '@jest/globals';
import { startApi } from '../../src/api/server';
import type { Database } from '../../src/neo4j/database';
import { useSeededDatabase } from './graph';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestApi {
  url: string;
  /** POSTs a GraphQL operation over HTTP, as any client would. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real API, on a free port, over HTTP. */
export async function startTestApi(db: Database): Promise<TestApi> {
  const api = await startApi(db, '127.0.0.1', 0);
  return {
    url: api.url,
    async query(query, variables) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => api.close(),
  };
}

/**
 * A seeded graph and the API over it for one test file: ready before its
 * tests run, closed after. Read the fields inside tests, not at load time.
 */
export function useSeededApi(): { db: Database; api: TestApi } {
  const handle = useSeededDatabase() as { db: Database; api: TestApi };
  beforeAll(async () => {
    handle.api = await startTestApi(handle.db);
  });
  afterAll(async () => {
    await handle.api?.close();
  });
  return handle;
}
