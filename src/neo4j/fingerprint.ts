import { createHash } from 'node:crypto';
import type { Database } from './database';

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
    RETURN nodes, relationships`, {}, { timeoutMs: 120_000 });
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
