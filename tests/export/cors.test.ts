import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Api, startApi } from '../../src/api/server';
import { corsOriginsFromEnv } from '../../src/api/cors';
import type { Database } from '../../src/neo4j/database';
import { withEnv } from '../support/env';
import { testDatabase } from '../support/graph';

const CLIENT = 'http://viz.example:8080';

describe('CORS for /graphql and /export', () => {
  let db: Database;
  let open: Api;
  let closed: Api;
  const base = (api: Api): string => api.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    db = await testDatabase();
    // startApi reads CORS_ORIGINS when it starts: one API with it, with a read key too, and one without.
    open = await withEnv({ CORS_ORIGINS: `${CLIENT}, https://other.example`, READ_API_KEY: 'secret-read-key' }, () =>
      startApi(db, '127.0.0.1', 0),
    );
    closed = await startApi(db, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await open.close();
    await closed.close();
    await db.close();
  });

  const preflight = (api: Api, route: string, origin: string) =>
    fetch(`${base(api)}${route}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it('answers a preflight from an allowed origin before any key is asked for', async () => {
    for (const route of ['/graphql', '/export/graph.gexf']) {
      const response = await preflight(open, route, CLIENT);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(CLIENT);
      expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('lets the allowed origin read GraphQL answers and exports, key and all', async () => {
    const auth = { origin: CLIENT, authorization: 'Bearer secret-read-key' };
    const graphql = await fetch(`${base(open)}/graphql`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expect(graphql.headers.get('access-control-allow-origin')).toBe(CLIENT);
    const exported = await fetch(`${base(open)}/export/`, { headers: auth });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('access-control-allow-origin')).toBe(CLIENT);
    expect(exported.headers.get('access-control-expose-headers')).toContain('content-disposition');
  });

  it('says nothing to an origin not in the list, nor on routes outside /graphql and /export', async () => {
    const other = await preflight(open, '/graphql', 'http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${base(open)}/health`, { headers: { origin: CLIENT } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off by default', async () => {
    const response = await preflight(closed, '/graphql', CLIENT);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const exported = await fetch(`${base(closed)}/export/`, { headers: { origin: CLIENT } });
    expect(exported.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['', []],
    ['*', '*'],
    [' https://a.example/ ,http://localhost:5173', ['https://a.example', 'http://localhost:5173']],
  ])('reads CORS_ORIGINS=%j', (value, origins) => {
    expect(corsOriginsFromEnv({ CORS_ORIGINS: value })).toEqual(origins);
  });

  it.each(['a.example', 'https://a.example/app', 'https://*.example'])('refuses CORS_ORIGINS=%j, naming it', (value) => {
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: value })).toThrow(`CORS_ORIGINS: "${value}" is not an origin`);
  });
});
