import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requestLoggingFromEnv } from '../../src/api/requestLog';
import { createLogger } from '../../src/log';
import type { Database } from '../../src/neo4j/database';
import { seededDatabase } from '../support/graph';
import { type HardenedApi, startHardenedApi } from './http';

type LogLine = { msg?: string; level?: number; req?: { id?: string }; sampled?: number; responseTime?: number };

/** An API whose log lines are collected, with the given request logging. */
async function loggedApi(db: Database, sample: number, slowMs: number): Promise<{ api: HardenedApi; lines: LogLine[] }> {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const api = await startHardenedApi(db, { logger: createLogger({ LOG_LEVEL: 'info' }, sink), requestLogging: { sample, slowMs } });
  return { api, lines };
}

const ask = (api: HardenedApi, id: string) => api.gql('{ exchanges(first: 1) { totalCount } }', undefined, { 'x-request-id': id });
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('request logs: failures and slow answers always, the rest sampled', () => {
  let db: Database;
  const apis: HardenedApi[] = [];
  beforeAll(async () => {
    db = await seededDatabase();
  }, 300_000);
  afterAll(async () => {
    await Promise.all(apis.map((a) => a.close()));
    await db?.close();
  });

  it('with a sample of 0, an ordinary answer gets no line, yet keeps its x-request-id', async () => {
    const { api, lines } = await loggedApi(db, 0, 60_000);
    apis.push(api);
    const reply = await ask(api, 'unsampled-1');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-request-id')).toBe('unsampled-1');
    await settle();
    expect(lines.filter((l) => l.req?.id === 'unsampled-1')).toEqual([]);
  });

  it('logs an answer slower than LOG_SLOW_MS whatever the sample, unmarked', async () => {
    const { api, lines } = await loggedApi(db, 0, 0);
    apis.push(api);
    await ask(api, 'slow-1');
    await settle();
    const line = lines.find((l) => l.req?.id === 'slow-1');
    expect(line).toMatchObject({ level: 30, msg: 'request completed' });
    expect(line?.sampled).toBeUndefined();
    expect(typeof line?.responseTime).toBe('number');
  });

  it('marks a sampled line with its share, so counts can be scaled back', async () => {
    const { api, lines } = await loggedApi(db, 1, 60_000);
    apis.push(api);
    await ask(api, 'sampled-1');
    await settle();
    expect(lines.find((l) => l.req?.id === 'sampled-1')).toMatchObject({ msg: 'request completed', sampled: 1 });
  });

  it('samples one in 100 in production by default; bad settings are named', () => {
    expect(requestLoggingFromEnv({ NODE_ENV: 'production' })).toEqual({ sample: 0.01, slowMs: 1000 });
    expect(requestLoggingFromEnv({})).toEqual({ sample: 1, slowMs: 1000 });
    expect(requestLoggingFromEnv({ NODE_ENV: 'production', LOG_REQUESTS_SAMPLE: '0.5', LOG_SLOW_MS: '250' })).toEqual({ sample: 0.5, slowMs: 250 });
    expect(() => requestLoggingFromEnv({ LOG_REQUESTS_SAMPLE: '2' })).toThrow(/LOG_REQUESTS_SAMPLE must be a share between 0 and 1, got "2"/);
    expect(() => requestLoggingFromEnv({ LOG_SLOW_MS: 'soon' })).toThrow(/LOG_SLOW_MS must be a whole number/);
  });
});
