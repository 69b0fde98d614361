import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/neo4j/database';
import { fingerprint, seededDatabase } from '../support/graph';
import { type TestApi, startTestApi } from '../support/api';
import { prepareGraph } from '../../src/app';
import { silentProgress } from '../../src/progress';

describe('the API over a real Neo4j', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await seededDatabase();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('answers with a value that comes from Neo4j itself', async () => {
    const [server] = await db.read('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    const { data } = await api.query('{ database { version edition } }');
    expect(data).toEqual({ database: { version: server.version, edition: 'community' } });
    expect(String(server.version)).toMatch(/^5\.26\./);
  });

  it('leaves the seeded graph unchanged when started again', async () => {
    const before = await fingerprint(db);
    expect(before.nodes).toBeGreaterThan(100);
    await prepareGraph(db, silentProgress);
    expect(await fingerprint(db)).toEqual(before);
  });
});
