import { readNeighbourhood } from '../api/graph/neighbourhood';
import { labelFilter } from '../api/graph/bounds';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import { type ExportEdge, type ExportNode, type GraphWriter, type PropertyKey, fromCypherType, keyOf, keysOf } from './model';
import { EXPORT_IDLE_MS, type RowStream, collectRows, streamRead } from './stream';

/** What to export: the whole graph, or the neighbourhood of `id` (same bounds as the API's). */
export interface ExportScope {
  id?: string;
  depth?: number;
  limit?: number;
  /** Labels to keep; by default everything but the provenance layer (Evidence, Article). */
  types?: string[] | null;
}

/**
 * The property keys of what a node or edge query returns, with their value
 * types, so that GraphML, GEXF and CSV can declare their columns before the
 * first row. Wraps the query itself, so the columns cannot drift from it.
 */
async function keysOfQuery(stream: RowStream, query: string, params: Record<string, unknown>): Promise<PropertyKey[]> {
  const rows = await collectRows(
    stream,
    `CALL () {\n${query}\n}\nUNWIND keys(properties) AS key\nRETURN key, collect(DISTINCT valueType(properties[key])) AS valueTypes ORDER BY key`,
    params,
  );
  return rows.map((k) => keyOf(k.key as string, (k.valueTypes as string[]).map(fromCypherType)));
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
  const nodes = cypherFile('graph/export-nodes.cypher');
  const edges = cypherFile('graph/export-edges.cypher');
  await streamRead(db, async (stream) => {
    await writer.begin({ nodeKeys: await keysOfQuery(stream, nodes, params), edgeKeys: await keysOfQuery(stream, edges, params) });
    if (writer.parts?.nodes !== false) await stream(nodes, params, (row) => writer.node(row as unknown as ExportNode));
    await writer.edges();
    if (writer.parts?.edges !== false) await stream(edges, params, (row) => writer.edge(row as unknown as ExportEdge));
    await writer.end();
  });
}

async function exportNeighbourhood(exportDb: Database, scope: ExportScope & { id: string }, writer: GraphWriter): Promise<void> {
  // One bounded read, all rows at once: the export's limit on Neo4j's silence is its deadline (not the API's 10 s).
  const db = exportDb.withDeadline(Date.now() + EXPORT_IDLE_MS);
  const neighbourhood = await readNeighbourhood(db, scope);
  const asRecord = (value: unknown): Record<string, unknown> => (value ?? {}) as Record<string, unknown>;
  const evidenceIds = (properties: Record<string, unknown>): string[] => (Array.isArray(properties.evidence) ? properties.evidence : []);
  // Quotes instead of evidence ids, as in the whole-graph export (export-evidence.cypher).
  const quotes = new Map(
    (
      await db.read(cypherFile('graph/export-evidence.cypher'), {
        nodeIds: neighbourhood.nodes.map((n) => n.id),
        evidenceIds: [...new Set(neighbourhood.edges.flatMap((e) => evidenceIds(asRecord(e.properties))))],
      })
    ).map((row) => [row.id as string, row.quotes as string[]]),
  );
  const nodes: ExportNode[] = neighbourhood.nodes.map((n) => {
    const properties = asRecord(n.properties);
    const evidence = n.label === 'Article' ? undefined : quotes.get(n.id);
    return { id: n.id, label: n.label, name: n.name, properties: evidence ? { ...properties, evidence } : properties };
  });
  const edges: ExportEdge[] = neighbourhood.edges.map((e) => {
    const properties = asRecord(e.properties);
    const ids = evidenceIds(properties);
    const evidence = ids.flatMap((id) => quotes.get(id) ?? []);
    return { id: e.id, source: e.source, target: e.target, type: e.type, properties: ids.length > 0 ? { ...properties, evidence } : properties };
  });
  await writer.begin({ nodeKeys: keysOf(nodes.map((n) => n.properties)), edgeKeys: keysOf(edges.map((e) => e.properties)) });
  for (const n of nodes) await writer.node(n);
  await writer.edges();
  for (const e of edges) await writer.edge(e);
  await writer.end();
}
