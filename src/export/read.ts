import { readNeighbourhood } from '../api/graph/neighbourhood';
import { labelFilter } from '../api/graph/bounds';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import { type ExportEdge, type ExportNode, type GraphWriter, type PropertyKey, fromCypherType, keysOf, mergeTypes } from './model';
import { collectRows, streamRead } from './stream';

/** What to export: the whole graph, or the neighbourhood of `id` (same bounds as the API's). */
export interface ExportScope {
  id?: string;
  depth?: number;
  limit?: number;
  /** Labels to keep; by default everything but the provenance layer (Evidence, Article). */
  types?: string[] | null;
}

/**
 * Sends a graph through a writer. The whole graph streams from Neo4j in one
 * read transaction (nodes, then edges), never held in memory; a
 * neighbourhood is bounded (at most 500 nodes) and comes from the API's own
 * neighbourhood query.
 */
export async function exportGraph(db: Database, scope: ExportScope, writer: GraphWriter): Promise<void> {
  if (scope.id !== undefined) return exportNeighbourhood(db, { ...scope, id: scope.id }, writer);
  const params = { types: labelFilter(scope.types) };
  await streamRead(db, async (stream) => {
    const keys = await collectRows(stream, cypherFile('graph/export-keys.cypher'), params);
    const keysFor = (of: string): PropertyKey[] =>
      keys
        .filter((k) => k.of === of)
        .map((k) => ({ name: k.key as string, type: mergeTypes(new Set((k.valueTypes as string[]).map(fromCypherType))) }));
    await writer.begin({ nodeKeys: keysFor('node'), edgeKeys: keysFor('edge') });
    if (writer.parts?.nodes !== false) {
      await stream(cypherFile('graph/export-nodes.cypher'), params, (row) => writer.node(row as unknown as ExportNode));
    }
    await writer.edges();
    if (writer.parts?.edges !== false) {
      await stream(cypherFile('graph/export-edges.cypher'), params, (row) => writer.edge(row as unknown as ExportEdge));
    }
    await writer.end();
  });
}

async function exportNeighbourhood(db: Database, scope: ExportScope & { id: string }, writer: GraphWriter): Promise<void> {
  const { nodes, edges } = await readNeighbourhood(db, scope);
  const asRecord = (value: unknown): Record<string, unknown> => (value ?? {}) as Record<string, unknown>;
  await writer.begin({
    nodeKeys: keysOf(nodes.map((n) => asRecord(n.properties))),
    edgeKeys: keysOf(edges.map((e) => asRecord(e.properties))),
  });
  for (const n of nodes) await writer.node({ id: n.id, label: n.label, name: n.name, properties: asRecord(n.properties) });
  await writer.edges();
  for (const e of edges) await writer.edge({ id: e.id, source: e.source, target: e.target, type: e.type, properties: asRecord(e.properties) });
  await writer.end();
}
