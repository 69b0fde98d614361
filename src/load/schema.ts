import type { Database } from '../neo4j/database';
import { cypherFile, statements } from '../neo4j/cypherFiles';

/** Applies cypher/schema.cypher and waits until its indexes are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of statements(cypherFile('schema.cypher'))) await db.schema(statement);
  await db.schema('CALL db.awaitIndexes(300)');
}
