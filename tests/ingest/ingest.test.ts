import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDS_DIR } from '../../src/config';
import { ingestArticle } from '../../src/extract/ingest';
import { ingestPaths } from '../../src/extract/ingestFiles';
import { readArticle } from '../../src/extract/intake';
import { removeArticle } from '../../src/extract/remove';
import { applySchema } from '../../src/load/schema';
import type { Database } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { fingerprint, testDatabase, wipe } from '../support/graph';

const articles = path.join(SEEDS_DIR, 'articles');
const seed = (stem: string) => readArticle(fs.readFileSync(path.join(articles, `${stem}.txt`)), { id: stem });
const fixture = (name: string) => readArticle(fs.readFileSync(path.join(__dirname, 'fixtures', name)));

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function emptyGraph(): Promise<void> {
  await wipe(db);
  await applySchema(db);
}

describe('ingesting a seed article into an empty graph', () => {
  beforeAll(async () => {
    await emptyGraph();
    await ingestArticle(db, seed('004_6e72fc995c898aae'));
  }, 300_000);

  it('recovers the UAE-mediated exchange with its sentence, marked extracted', async () => {
    const rows = await db.read(`
      MATCH (x:Exchange)-[m:MEDIATED_BY]->(s:State {id: 'uae'})
      MATCH (e:Evidence) WHERE e.id IN m.evidence
      RETURN x.reviewStatus AS status, x.confidence AS confidence, x.runId AS run, m.role AS role, m.reviewStatus AS relStatus,
             e.sentence AS sentence, EXISTS { (x)-[:GENERATED_BY]->(:Run {articleId: '004_6e72fc995c898aae'}) } AS generated`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'extracted', role: 'mediator', relStatus: 'extracted', generated: true });
    expect(rows[0].sentence).toContain('This exchange, facilitated by officials from the United Arab Emirates');
    expect(rows[0].confidence as number).toBeGreaterThan(0);
  });

  it('keeps both directions with their claimants: 230 to Ukraine by Ukrainian officials, 248 to Russia by Russia', async () => {
    const rows = await db.read(`
      MATCH (f:Figure)-[:ABOUT]->(:Exchange)-[:MEDIATED_BY]->(:State {id: 'uae'})
      WHERE f.value IN [230, 248]
      MATCH (f)-[:RETURNED_TO]->(to:State)
      OPTIONAL MATCH (f)-[:STATED_BY]->(by)
      RETURN f.value AS value, to.id AS returnedTo, by.id AS claimant, f.flag AS flag ORDER BY value`);
    expect(rows).toEqual([
      { value: 230, returnedTo: 'ukraine', claimant: 'ukraine', flag: 'unverified' },
      { value: 248, returnedTo: 'russia', claimant: 'russia', flag: 'unverified' },
    ]);
  });

  it('names the Azovstal defenders among those exchanged, defenders of a place in Mariupol', async () => {
    const rows = await db.read(`
      MATCH (:Exchange)-[:INVOLVED]->(g:Group)-[:DEFENDED]->(p:Place)-[:LOCATED_IN]->(:Place {id: 'mariupol'})
      RETURN g.name AS name, p.id AS place`);
    expect(rows).toContainEqual({ name: 'Azovstal defenders', place: 'azovstal' });
  });

  it('reports the 75 handed back without an exchange as a release, not an exchange', async () => {
    const rows = await db.read(`
      MATCH (r:Release)-[:RETURNED_TO]->(to:State) MATCH (r)-[:RELEASED_BY]->(from:State)
      RETURN from.id AS from, to.id AS to`);
    expect(rows).toEqual([{ from: 'ukraine', to: 'russia' }]);
    const [{ n }] = await db.read('MATCH (x:Exchange) RETURN count(x) AS n');
    expect(n).toBe(1);
  });

  it('ingesting the same text again, under its id or without one, changes nothing', async () => {
    const before = await fingerprint(db);
    const again = await ingestArticle(db, seed('004_6e72fc995c898aae'));
    const unnamed = await ingestArticle(db, readArticle(fs.readFileSync(path.join(articles, '004_6e72fc995c898aae.txt'))));
    expect([again, unnamed].map((r) => [r.duplicate, r.article])).toEqual([
      [true, '004_6e72fc995c898aae'],
      [true, '004_6e72fc995c898aae'],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('resolution', () => {
  it('links 003, read after 002, to the same exchange', async () => {
    await emptyGraph();
    await ingestArticle(db, seed('002_9ef6acd0053f48b4'));
    const report = await ingestArticle(db, seed('003_d9990e0c69552160'));
    expect(report.eventsLinked).toBe(1);
    const rows = await db.read(`
      MATCH (x:Exchange)-[:EVIDENCED_BY]->(:Evidence)-[:IN]->(a:Article)
      WITH x, collect(DISTINCT a.id) AS articles WHERE size(articles) = 2
      RETURN x.id AS id, articles`);
    expect(rows).toHaveLength(1);
  });
});

describe('on the seeded graph', () => {
  beforeAll(async () => {
    const { seededDatabase } = await import('../support/graph');
    const seeded = await seededDatabase();
    await seeded.close();
  }, 300_000);

  it('a further UAE-mediated exchange is a new exchange mediated by the UAE', async () => {
    const report = await ingestArticle(db, fixture('uae-june-swap.txt'));
    expect(report.eventsLinked).toBe(0);
    const rows = await db.read(`
      MATCH (x:Exchange)-[:MEDIATED_BY]->(:State {id: 'uae'}) RETURN x.id AS id, x.reviewStatus AS status ORDER BY status`);
    expect(rows.map((r) => r.status)).toEqual(['curated', 'extracted']);
  });

  it('talks without an exchange, and children returned outside any exchange, add no exchange', async () => {
    const count = async (): Promise<number> => (await db.read('MATCH (x:Exchange) RETURN count(x) AS n'))[0].n as number;
    const before = await count();
    await ingestArticle(db, fixture('talks-no-exchange.txt'));
    await ingestArticle(db, fixture('children-returned.txt'));
    expect(await count()).toBe(before);
    const talks = await db.read(`
      MATCH (n:Negotiation)-[:TOOK_PLACE_IN]->(:Place {id: 'geneva'}) OPTIONAL MATCH (n)-[m:MEDIATED_BY]->(host)
      RETURN n.reviewStatus AS status, host.id AS host, m.role AS role`);
    expect(talks).toEqual([{ status: 'extracted', host: 'switzerland', role: 'host' }]);
    const releases = await db.read(`MATCH (r:Release {reviewStatus: 'extracted'})-[:RETURNED_TO]->(s) RETURN s.id AS to`);
    expect(releases).toEqual([{ to: 'ukraine' }]);
  });

  it('removing an article removes what only it supports and keeps the rest, minus its evidence', async () => {
    const id = fixture('uae-june-swap.txt').id;
    const passages = (await db.read('MATCH (e:Evidence {articleId: $id}) RETURN e.id AS id', { id })).map((r) => r.id as string);
    expect(await removeArticle(db, id)).toBe(passages.length);
    const rows = await db.read(`MATCH (x:Exchange)-[:MEDIATED_BY]->(:State {id: 'uae'}) RETURN x.reviewStatus AS status`);
    expect(rows).toEqual([{ status: 'curated' }]);
    const [left] = await db.read(`
      CALL () { MATCH (e:Evidence {articleId: $id}) RETURN count(e) AS evidence }
      CALL () { MATCH (r:Run {articleId: $id}) RETURN count(r) AS runs }
      CALL () { MATCH ()-[r]->() WHERE r.runId IS NOT NULL AND NOT EXISTS { MATCH (:Run {id: r.runId}) } RETURN count(r) AS orphans }
      CALL () { MATCH ()-[r]->() WHERE any(x IN r.evidence WHERE x IN $passages) RETURN count(r) AS citing }
      RETURN evidence, runs, orphans, citing`, { id, passages });
    expect(left).toEqual({ evidence: 0, runs: 0, orphans: 0, citing: 0 });
    expect(await removeArticle(db, id)).toBeNull();
  });
});

describe('bad files', () => {
  it('are skipped with their reason while the folder goes on', async () => {
    await emptyGraph();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bad-'));
    fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 talks', 'latin1'));
    fs.writeFileSync(path.join(dir, 'd-huge.txt'), 'word '.repeat(250_000));
    fs.copyFileSync(path.join(__dirname, 'fixtures', 'uae-june-swap.txt'), path.join(dir, 'e-good.txt'));
    const summary = await ingestPaths(db, [dir], {}, silentProgress);
    expect(summary.skipped.map((s) => [path.basename(s.file), s.reason])).toEqual([
      ['a-empty.txt', 'empty file'],
      ['b-binary.txt', 'binary file (it holds NUL bytes)'],
      ['c-latin1.txt', 'not UTF-8 text'],
      ['d-huge.txt', '1250000 bytes is over the 1 MB limit'],
    ]);
    expect(summary.reports.map((r) => r.duplicate)).toEqual([false]);
  });
});
