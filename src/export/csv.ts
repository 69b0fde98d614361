import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type Sink, valueText } from './model';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: unknown): string {
  const t = valueText(value);
  return /[",\r\n]|^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

const csvRow = (values: unknown[]): string => `${values.map(csvField).join(',')}\r\n`;

/**
 * nodes.csv and edges.csv, with Gephi's column names (Id, Label, Source,
 * Target) in lower case: `label` is the display name of a node and the type
 * of an edge; `labels` is a node's Neo4j label. Either sink may be absent.
 */
export function csvWriter(sinks: { nodes?: Sink; edges?: Sink }): GraphWriter {
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  return {
    parts: { nodes: sinks.nodes !== undefined, edges: sinks.edges !== undefined },
    async begin(schema: ExportSchema) {
      nodeKeys = schema.nodeKeys.map((k) => k.name).filter((k) => !NODE_RESERVED.has(k));
      edgeKeys = schema.edgeKeys.map((k) => k.name).filter((k) => !EDGE_RESERVED.has(k));
      await sinks.nodes?.(csvRow(['id', 'label', 'labels', ...nodeKeys]));
      await sinks.edges?.(csvRow(['id', 'source', 'target', 'label', ...edgeKeys]));
    },
    async node(n) {
      await sinks.nodes?.(csvRow([n.id, n.name, n.label, ...nodeKeys.map((k) => n.properties[k])]));
    },
    async edges() {},
    async edge(e) {
      await sinks.edges?.(csvRow([e.id, e.source, e.target, e.type, ...edgeKeys.map((k) => e.properties[k])]));
    },
    async end() {},
  };
}
