import { afterAll, beforeAll } from '@jest/globals';
import { connect } from '../../src/app';
import { SEEDS_DIR } from '../../src/config';
import { prepareGraph } from '../../src/load/prepare';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/neo4j/database';
export { fingerprint } from '../../src/neo4j/fingerprint';
import { silentProgress } from '../../src/progress';

/** A connection to the run's Neo4j (started by globalSetup). */
export async function testDatabase(): Promise<Database> {
  const { external } = loadConfig();
  if (!external) throw new Error('NEO4J_URI is not set: run the tests with `npm test`');
  return connect(external, silentProgress);
}

/** Deletes every node and relationship (the schema stays). */
export async function wipe(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}

/** A clean graph holding exactly the seeds of `seedsDir`. */
export async function seededDatabase(seedsDir = SEEDS_DIR): Promise<Database> {
  const db = await testDatabase();
  await wipe(db);
  await prepareGraph(db, silentProgress, seedsDir);
  return db;
}

/**
 * A seeded graph for one test file: ready before its tests run, closed
 * after. Read the field inside tests, not at load time.
 */
export function useSeededDatabase(): { db: Database } {
  const handle = {} as { db: Database };
  // Seeding takes seconds, or minutes on a loaded machine.
  beforeAll(async () => {
    handle.db = await seededDatabase();
  }, 300_000);
  afterAll(async () => {
    await handle.db?.close();
  });
  return handle;
}
