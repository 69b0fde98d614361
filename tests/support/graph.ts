import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { connect } from '../../src/app';
import { SEEDS_DIR } from '../../src/config';
import { prepareGraph } from '../../src/load/prepare';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/neo4j/database';
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
  beforeAll(async () => {
    handle.db = await seededDatabase();
  });
  afterAll(async () => {
    await handle.db?.close();
  });
  return handle;
}

/** Node and relationship counts plus a checksum of all labels and properties: "did anything change?" */
export async function fingerprint(db: Database): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const [row] = await db.read(`
    CALL () {
      MATCH (n) WITH n ORDER BY coalesce(n.id, n.key), labels(n)
      RETURN collect([labels(n), properties(n)]) AS nodes
    }
    CALL () {
      MATCH (a)-[r]->(b) WITH a, r, b ORDER BY coalesce(a.id, a.key), type(r), b.id, r.id
      RETURN collect([coalesce(a.id, a.key), type(r), b.id, properties(r)]) AS relationships
    }
    RETURN nodes, relationships`);
  const nodes = row.nodes as unknown[];
  const relationships = row.relationships as unknown[];
  const sortedKeys = (_key: string, value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value;
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    checksum: createHash('sha1').update(JSON.stringify([nodes, relationships], sortedKeys)).digest('hex'),
  };
}
