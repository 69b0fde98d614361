import { isRetryableError } from 'neo4j-driver';
import type { Database } from '../neo4j/database';
import { cypherFile, statements } from '../neo4j/cypherFiles';

const ATTEMPTS = 10;

/**
 * Runs one schema command, again if it fails for a transient reason. Two
 * starts on a fresh database deadlock on the schema locks of their
 * `CREATE … IF NOT EXISTS` (Neo4j picks one to fail); schema commands run
 * outside managed transactions, so nothing retries them but this. A rerun is
 * harmless: the command is idempotent. And `IF NOT EXISTS` is checked before
 * the lock, so the loser of a race may hear that an equivalent rule exists.
 */
async function schemaCommand(db: Database, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.autoCommit(statement);
    } catch (error) {
      // The other start created the very same rule between our check and our create.
      if ((error as { code?: string }).code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') return;
      if (attempt >= ATTEMPTS || !isRetryableError(error as Error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** Applies cypher/schema.cypher and waits until its indexes are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of statements(cypherFile('schema.cypher'))) await schemaCommand(db, statement);
  await schemaCommand(db, 'CALL db.awaitIndexes(300)');
}
