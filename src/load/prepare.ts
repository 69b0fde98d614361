import { SEEDS_DIR } from '../config';
import { type Facts, readFacts } from '../facts/facts';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import type { Progress } from '../progress';
import { loadFacts } from './load';
import { applySchema } from './schema';

/**
 * The graph ready to serve: seeds checked (nothing is written if they are
 * refused), schema applied, facts loaded, and a graph written by an earlier
 * version brought up to date. Returns the facts it loaded.
 */
export async function prepareGraph(db: Database, progress: Progress, seedsDir = SEEDS_DIR): Promise<Facts> {
  const facts = readFacts(seedsDir);
  const task = progress.start('Applying the schema');
  await applySchema(db);
  task.done();
  await loadFacts(db, facts, progress);
  await db.autoCommit(cypherFile('load/exchange-status.cypher'));
  return facts;
}
