import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';

/**
 * Removes an article and every fact only it supports (one transaction).
 * Returns how many of its passages went, or null if there was no such article.
 */
export async function removeArticle(db: Database, id: string): Promise<number | null> {
  const rows = await db.write(cypherFile('load/remove-article.cypher'), { id });
  return rows.length > 0 ? (rows[0].evidence as number) : null;
}
