import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareGraph } from '../../src/load/prepare';
import { createLogger } from '../../src/log';
import { applySchema } from '../../src/load/schema';
import type { Database } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { seededDatabase } from '../support/graph';
import { type HardenedApi, startHardenedApi } from './http';

/** A JSON log line, as far as these tests read it. */
type LogLine = { req?: { id?: string; url?: string; headers: Record<string, string> } };

describe('health, readiness, request ids and logs', () => {
  let db: Database;
  let api: HardenedApi;
  const lines: LogLine[] = [];
  beforeAll(async () => {
    db = await seededDatabase();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    api = await startHardenedApi(db, { logger: createLogger({ LOG_LEVEL: 'info' }, sink), credentials: { adminKey: 'log-test-secret' } });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('GET /health: 200 JSON while the process is up', async () => {
    const reply = await api.request('/health');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ status: 'ok' });
  });

  const ready = (r: { status: number }) => r.status === 200;

  it('GET /ready: 200 with the schema applied and the seeds loaded', async () => {
    const reply = await api.readyUntil(ready);
    expect(reply.status).toBe(200);
    expect(reply.json.status).toBe('ready');
    expect(reply.json.seedNodes).toBeGreaterThan(100);
  });

  it('GET /ready: 503 naming a missing seed node, 200 again once the seeds are loaded', async () => {
    await db.write("MATCH (n:Node {id: 'exchange-uae-2024'}) DETACH DELETE n");
    const down = await api.readyUntil((r) => /seeds not loaded/.test(String(r.json?.reason)));
    expect(down.status).toBe(503);
    expect(down.json.reason).toMatch(/seeds not loaded: 1 of \d+ seed nodes missing \(e\.g\. exchange-uae-2024\)/);
    await prepareGraph(db, silentProgress);
    expect((await api.readyUntil(ready)).status).toBe(200);
  });

  it('GET /ready: 503 naming a missing constraint, 200 again once the schema is applied', async () => {
    await db.autoCommit('DROP CONSTRAINT alias_key');
    const down = await api.readyUntil((r) => /schema not applied/.test(String(r.json?.reason)));
    expect(down.status).toBe(503);
    expect(down.json.reason).toMatch(/schema not applied: missing alias_key/);
    await applySchema(db);
    expect((await api.readyUntil(ready)).status).toBe(200);
  });

  it('gives every request an id in x-request-id, keeping a sane one the client sent', async () => {
    const made = await api.gql('{ database { name } }');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await api.gql('{ database { name } }', undefined, { 'x-request-id': 'client-id-42' });
    expect(kept.headers.get('x-request-id')).toBe('client-id-42');
    const replaced = await api.gql('{ database { name } }', undefined, { 'x-request-id': 'x'.repeat(200) });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one JSON line per request with its id, and never the credentials', async () => {
    await api.gql('{ database { name } }', undefined, { 'x-request-id': 'logged-request-1', authorization: 'Bearer log-test-secret' });
    await new Promise((r) => setTimeout(r, 50));
    const line = lines.find((l) => l.req?.id === 'logged-request-1');
    expect(line).toMatchObject({ level: 30, msg: 'request completed', res: { statusCode: 200 } });
    expect(line?.req?.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(lines)).not.toContain('log-test-secret');
    // Probes are not logged: they would drown the rest.
    expect(lines.some((l) => l.req?.url === '/health')).toBe(false);
  });
});
