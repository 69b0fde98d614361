import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LANE_SHARES } from '../../src/neo4j/lanes';
import { useSeededDatabase } from '../support/graph';
import { type HardenedApi, type Reply, firstError, startHardenedApi } from './http';

/**
 * One client, or one kind of work, cannot take the API from the others:
 * rate limits per client, lanes per kind of work, a cost that counts
 * aliases and article texts; and the lesser guards: stalled bodies cut,
 * security headers, the offline IDE for a browser's GET.
 */

const RESEARCH_KEY = 'isolation-test-research-key';
const EXCHANGES = '{ exchanges(first: 5) { totalCount edges { node { id } } } }';
/** Runs until the research timeout stops it: it holds its place for seconds. */
const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n';
const ALIASES = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: exchanges(first: 100) { edges { node { id evidence { quote article { text } } } } }`).join(' ')} }`;

describe('isolation between clients and kinds of work', () => {
  const seeded = useSeededDatabase();
  let api: HardenedApi;
  beforeAll(async () => {
    api = await startHardenedApi(seeded.db, { research: { apiKey: RESEARCH_KEY, timeoutMs: 6_000 } });
  });
  afterAll(async () => {
    await api?.close();
  });


  it('a flood of /cypher fills only its own lane: the excess gets 503 SERVER_BUSY with Retry-After, GraphQL keeps answering', async () => {
    // Idle connections in the pool first: what is tested is the share of places, not how
    // long a CPU-starved Neo4j takes to shake hands on a new connection.
    await Promise.all(Array.from({ length: LANE_SHARES.research + 8 }, () => api.gql(EXCHANGES)));
    const flood = Promise.all(Array.from({ length: LANE_SHARES.research * 3 }, () => api.cypher(SLOW)));
    await new Promise((r) => setTimeout(r, 300));
    const reads: Reply[] = [];
    for (let i = 0; i < 5; i++) reads.push(await api.gql(EXCHANGES));
    const flooded = await flood;
    const count = (status: number): number => flooded.filter((r) => r.status === status).length;
    console.log(`flood: ${count(504)}× 504, ${count(503)}× 503, ${count(200)}× 200; GraphQL meanwhile ${reads.map((r) => `${r.status} ${firstError(r).code ?? ''}/${r.ms}ms`).join(' ')}`);
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.json.errors).toBeUndefined();
    }
    // Never more at once than the lane holds; the rest refused, none a 500.
    expect(count(504)).toBeLessThanOrEqual(LANE_SHARES.research);
    expect(count(503)).toBeGreaterThanOrEqual(LANE_SHARES.research);
    expect(count(503) + count(504)).toBe(flooded.length);
    for (const busy of flooded.filter((r) => r.status === 503)) {
      expect(busy.json.error.code).toBe('SERVER_BUSY');
      expect(busy.headers.get('retry-after')).toBe('1');
    }
  }, 120_000);

  it('the cost counts every alias and every article text: the 15-alias attack is refused before it runs', async () => {
    const reply = await api.gql(ALIASES);
    expect(reply.status).toBe(400);
    expect(firstError(reply).code).toBe('COST_LIMIT_EXCEEDED');
    // 15 aliases × 100 exchanges × 10 evidence × (article 1 + text 100), and the rest.
    expect(firstError(reply).limit).toMatchObject({ name: 'cost', max: 100_000 });
    expect(firstError(reply).limit!.found).toBeGreaterThan(15 * 100 * 10 * 101);
    // The same alias without the texts is well within the budget: the texts are what cost.
    const one = await api.gql('{ exchanges(first: 100) { edges { node { id evidence { quote article { id } } } } } }');
    expect(one.status).toBe(200);
    expect(one.json.extensions.cost).toBeLessThan(5_000);
  });

  it('rate limit per client: 429 with Retry-After past the budget, counted by key, else by address', async () => {
    const limited = await startHardenedApi(seeded.db, { traffic: { requestsPerMinute: 3 } });
    try {
      const replies: Reply[] = [];
      for (let i = 0; i < 4; i++) replies.push(await limited.gql('{ database { name } }'));
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      const refused = replies[3];
      expect(refused.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(firstError(refused)).toMatchObject({ code: 'RATE_LIMITED' });
      expect(firstError(refused).message).toMatch(/Rate limit of 3 requests a minute exceeded \(RATE_LIMIT_PER_MINUTE\)/);
      // Another client (here: another key) has its own budget.
      expect((await limited.gql('{ database { name } }', undefined, { authorization: 'Bearer someone-else' })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('cuts a request whose body stalls (server.requestTimeout), instead of holding it for minutes', async () => {
    const url = new URL(api.url);
    const began = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100 } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(`HTTP ${res.statusCode}`));
        },
      );
      req.on('error', (error) => resolve(`closed (${(error as NodeJS.ErrnoException).code})`));
      req.write('{"query":"');
    });
    const ms = Date.now() - began;
    console.log(`stalled body: ${outcome} after ${ms} ms`);
    expect(outcome).toMatch(/HTTP 408|closed/);
    expect(ms).toBeGreaterThanOrEqual(25_000);
    expect(ms).toBeLessThan(90_000);
  }, 120_000);

  it('HTML pages carry the CSP and nosniff; a browser GET on /graphql?query=… gets the offline IDE', async () => {
    for (const path of ['/explore/', `/graphql?query=${encodeURIComponent('{ exchanges { totalCount } }')}`, '/graphql']) {
      const page = await api.request(path, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    }
    const ide = await api.request(`/graphql?query=${encodeURIComponent('{ exchanges { totalCount } }')}`, { headers: { accept: 'text/html' } });
    expect(ide.text).toContain('/graphiql/graphiql.min.js');
  });
});
