import { stringify } from 'csv-stringify/sync';
import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type Sink, valueText } from './model';

/**
 * One cell's text: lists as JSON, nothing as empty. A spreadsheet runs a cell
 * that starts with = + - @ (or a tab or carriage return) as a formula, so text
 * that does gets a leading ' (OWASP's advice for CSV injection); numbers stay
 * numbers, a negative one included.
 */
export function csvCell(value: unknown): string {
  const text = valueText(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 record; fields with edge spaces are quoted too, so that no reader trims them. */
export const csvRow = (values: unknown[]): string =>
  stringify([values.map(csvCell)], { record_delimiter: '\r\n', quoted_match: /^\s|\s$|[\r\n]/ });

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
