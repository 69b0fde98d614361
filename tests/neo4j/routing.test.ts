import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SessionConfig } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { ingestArticle } from '../../src/extract/ingest';
import { readArticle } from '../../src/extract/intake';
import { prepareGraph } from '../../src/load/prepare';
import { Database, createDriver } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { type TestApi, startTestApi } from '../support/api';
import { wipe } from '../support/graph';

/**
 * The API as it runs against a cluster or Aura: the routing scheme
 * (neo4j://), here against the run's single server, which serves as reader
 * and writer at once. A cluster routes READ sessions to its readers; the
 * server refusing a write sent as a read shows the mode reaches it.
 */
describe('many machines: neo4j:// routing, READ mode, bookmarks', () => {
  let db: Database;
  let api: TestApi;
  /** Every session the code opens, as configured (the real driver, observed). */
  const sessions: SessionConfig[] = [];

  beforeAll(async () => {
    const { external } = loadConfig();
    if (!external) throw new Error('NEO4J_URI is not set: run the tests with `npm test`');
    const driver = createDriver({ ...external, uri: external.uri.replace(/^bolt:/, 'neo4j:') });
    const open = driver.session.bind(driver);
    driver.session = (config?: SessionConfig) => {
      sessions.push(config ?? {});
      return open(config);
    };
    db = new Database(driver, external.database);
    await wipe(db);
    await prepareGraph(db, silentProgress);
    api = await startTestApi(db);
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('connects through the routing driver', async () => {
    const [row] = await db.read('RETURN 1 AS one');
    expect(row.one).toBe(1);
    // The routing table names the one server as the member that answered.
    const { address } = await db.driver.getServerInfo();
    expect(address).toBe(new URL(loadConfig().external!.uri).host);
  });

  it('sends reads in READ access mode: the server refuses a write sent as one', async () => {
    await expect(db.read('CREATE (:RoutingProbe) RETURN 1 AS one')).rejects.toThrow(/Writing in read access mode not allowed/);
    const [{ probes }] = await db.read('MATCH (p:RoutingProbe) RETURN count(p) AS probes');
    expect(probes).toBe(0);
  });

  it('answers a GraphQL request with READ sessions only', async () => {
    const from = sessions.length;
    const response = await api.query('{ exchanges(first: 3) { totalCount edges { node { id } } } }');
    expect(response.errors).toBeUndefined();
    const opened = sessions.slice(from);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((s) => s.defaultAccessMode === 'READ')).toBe(true);
  });

  it('a read after an ingest sees it: every session carries the bookmarks of the last write', async () => {
    const manager = db.driver.executeQueryBookmarkManager;
    const before = [...(await manager.getBookmarks())];
    const from = sessions.length;
    const text = fs.readFileSync(path.join(__dirname, '..', 'ingest', 'fixtures', 'uae-june-swap.txt'));
    const report = await ingestArticle(db, readArticle(text));
    expect(report.duplicate).toBe(false);
    // The write's commit moved the process's bookmarks on…
    const after = [...(await manager.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    // …and every session since (the ingest's writes, then reads) was opened with that manager,
    // so a reader of a cluster waits until it holds the write before it answers.
    const response = await api.query<{ articleView: { id: string } }>('query ($id: ID!) { articleView(id: $id) { id } }', { id: report.article });
    expect(response.errors).toBeUndefined();
    expect(response.data?.articleView.id).toBe(report.article);
    const opened = sessions.slice(from);
    expect(opened.some((s) => s.defaultAccessMode === 'WRITE')).toBe(true);
    expect(opened.some((s) => s.defaultAccessMode === 'READ')).toBe(true);
    expect(opened.every((s) => s.bookmarkManager === manager)).toBe(true);
  });
});
