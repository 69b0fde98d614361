import { SEEDS_DIR } from '../config';
import { type Facts, readFacts } from '../facts/facts';
import type { Database } from '../neo4j/database';
import type { Progress } from '../progress';
import { loadFacts } from './load';
import { applySchema } from './schema';

/**
 * The graph ready to serve: seeds checked (nothing is written if they are
 * refused), schema applied, facts loaded. Returns the facts it loaded.
 */
export async function prepareGraph(db: Database, progress: Progress, seedsDir = SEEDS_DIR): Promise<Facts> {
  const facts = readFacts(seedsDir);
  const task = progress.start('Applying the schema');
  await applySchema(db);
  task.done();
  await loadFacts(db, facts, progress);
  return facts;
}
