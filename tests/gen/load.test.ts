import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSynthetic } from '../../src/gen/load';
import type { GenOptions } from '../../src/gen/options';
import type { Database } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { fingerprint, testDatabase } from '../support/graph';

const OPTIONS: GenOptions = { exchanges: 30, seed: 3, articles: 20, people: 40 };

describe('loading a synthetic graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives the same graph from the same seed, changes nothing when loaded again, and another graph from another seed', async () => {
    const report = await loadSynthetic(db, OPTIONS, silentProgress, { replace: true, batchSize: 50, chunkExchanges: 7 });
    const first = await fingerprint(db);
    const [counts] = await db.read(`MATCH (x:Exchange) WHERE x.id STARTS WITH 'gen-' RETURN count(x) AS exchanges`);
    expect(counts.exchanges).toBe(OPTIONS.exchanges);
    expect(report.exchanges).toBe(OPTIONS.exchanges);

    // Loaded again on top: MERGE on constrained keys leaves it as it was.
    await loadSynthetic(db, OPTIONS, silentProgress, { batchSize: 50, chunkExchanges: 7 });
    expect(await fingerprint(db)).toEqual(first);

    // Made again from scratch (other batch and chunk sizes): the same graph.
    await loadSynthetic(db, OPTIONS, silentProgress, { replace: true, batchSize: 500, chunkExchanges: 100 });
    expect(await fingerprint(db)).toEqual(first);

    await loadSynthetic(db, { ...OPTIONS, seed: 4 }, silentProgress, { replace: true });
    expect((await fingerprint(db)).checksum).not.toBe(first.checksum);
  }, 600_000); // four loads on a shared, busy machine
});
