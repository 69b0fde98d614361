import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ProcessIdentity, isRunning } from '../../src/neo4j/identity';
import { fingerprint, useSeededDatabase } from '../support/graph';
import { type HardenedApi, type Reply, startHardenedApi } from './http';

/**
 * The run's Neo4j, frozen with SIGSTOP under a running API (test files run
 * one at a time, and it is thawed before this file ends): it keeps its
 * sockets open and answers nothing, so only the API's own clock can end a
 * request. Every entry must answer within its bound with the failure it is
 * (503/504), and serve again after SIGCONT.
 */

const TIMEOUT_MS = 5_000;
const RESEARCH_KEY = 'frozen-test-research-key';
/** The bound each entry documents, plus room for a loaded machine. */
const SLACK_MS = 8_000;
const QUERIES = [
  '{ exchanges(first: 5) { totalCount edges { node { id name } } } }',
  '{ entity(name: "Zelensky") { id name } }',
  '{ search(text: "Emirates", first: 3) { score node { id } } }',
];

describe('a frozen Neo4j (SIGSTOP) under a running API', () => {
  const seeded = useSeededDatabase();
  const neo4j = JSON.parse(process.env.TEST_NEO4J_PROCESS ?? 'null') as ProcessIdentity | null;
  let api: HardenedApi;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let frozen = false;
  const freeze = (signal: 'SIGSTOP' | 'SIGCONT'): void => {
    // Only the very process globalSetup started (same start time), never a pid reused since.
    if (!neo4j || !isRunning(neo4j)) throw new Error('The run’s Neo4j process is not known or no longer runs');
    process.kill(neo4j.pid, signal);
    frozen = signal === 'SIGSTOP';
  };

  beforeAll(async () => {
    // Plans cached first, without the short limit: a cold plan alone can take longer on a loaded machine.
    const lenient = await startHardenedApi(seeded.db);
    try {
      for (const query of QUERIES) expect((await lenient.gql(query)).json.errors).toBeUndefined();
    } finally {
      await lenient.close();
    }
    api = await startHardenedApi(seeded.db, { limits: { timeoutMs: TIMEOUT_MS }, research: { apiKey: RESEARCH_KEY } });
    before = await fingerprint(seeded.db);
  }, 300_000);

  afterAll(async () => {
    if (frozen) freeze('SIGCONT');
    await api?.close();
  });

  it('answers every entry within its bound while frozen (503/504), and serves again after SIGCONT', async () => {
    freeze('SIGSTOP');

    // A crowd at once: GraphQL reads (more than one client's share), research, an export, probes.
    const graphql = Promise.all(Array.from({ length: 12 }, (_, i) => api.gql(QUERIES[i % QUERIES.length])));
    const research = Promise.all([api.cypher('MATCH (n:State) RETURN n.id AS id'), api.cypher('RETURN 1 AS one')]);
    const exported = api.request('/export/nodes.csv?id=uae&depth=1');
    const probes: Reply[] = [];
    for (let i = 0; i < 6; i++) probes.push(await api.request('/ready'));
    const [gql, res, exp] = await Promise.all([graphql, research, exported]);

    const codes = (replies: Reply[]): Record<string, number> => {
      const counted: Record<string, number> = {};
      for (const r of replies) {
        const code = `${r.status} ${r.json?.errors?.[0]?.extensions?.code ?? r.json?.error?.code ?? r.json?.code ?? r.json?.status}`;
        counted[code] = (counted[code] ?? 0) + 1;
      }
      return counted;
    };
    console.log(
      `frozen: GraphQL ${JSON.stringify(codes(gql))}, slowest ${Math.max(...gql.map((r) => r.ms))} ms; ` +
        `/cypher ${JSON.stringify(codes(res))}, slowest ${Math.max(...res.map((r) => r.ms))} ms; ` +
        `/export ${exp.status} in ${exp.ms} ms; /ready ${probes.map((p) => `${p.status}/${p.ms}ms`).join(' ')}`,
    );

    for (const reply of gql) {
      expect(reply.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
      expect([503, 504]).toContain(reply.status);
      expect(reply.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(['TIMEOUT', 'DATABASE_UNAVAILABLE', 'SERVER_BUSY']).toContain(reply.json.errors[0].extensions.code);
      if (reply.status === 503) expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    for (const reply of res) {
      expect(reply.ms).toBeLessThan(5_000 + 1_000 + SLACK_MS);
      expect([503, 504]).toContain(reply.status);
    }
    expect([503, 504]).toContain(exp.status);
    // An export gives up after 15 s without a row from Neo4j.
    expect(exp.ms).toBeLessThan(15_000 + SLACK_MS);
    for (const probe of probes) {
      expect(probe.status).toBe(503);
      // Documented: within 1 s; the slack is for a loaded machine's event loop only.
      expect(probe.ms).toBeLessThan(2_000);
    }
    expect((await api.request('/health')).status).toBe(200);

    freeze('SIGCONT');
    const thawedAt = Date.now();
    const deadline = thawedAt + 180_000;
    let served: Reply | undefined;
    while (Date.now() < deadline) {
      served = await api.gql(QUERIES[0]);
      if (served.status === 200 && !served.json.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`frozen: served again ${Date.now() - thawedAt} ms after SIGCONT`);
    expect(served?.status).toBe(200);
    expect(served?.json.errors).toBeUndefined();
    expect((await api.request('/ready')).status).toBe(200);
    expect(await fingerprint(seeded.db)).toEqual(before);
  }, 400_000);
});
