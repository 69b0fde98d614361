/** What an export writes: nodes and edges keyed by stable ids, with their stored properties. */
export interface ExportNode {
  id: string;
  /** The node's own label (State, Exchange…). */
  label: string;
  name: string;
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/** The value types GraphML and GEXF can declare; anything else is written as a string. */
export type ValueType = 'string' | 'long' | 'double' | 'boolean';

export interface PropertyKey {
  name: string;
  type: ValueType;
}

/** The property columns of an export, known before the first node is written. */
export interface ExportSchema {
  nodeKeys: PropertyKey[];
  edgeKeys: PropertyKey[];
}

/**
 * Properties every format writes in its own columns (id, display name,
 * label or type), so they are left out of the property columns.
 */
export const NODE_RESERVED = new Set(['id', 'name', 'label', 'labels']);
export const EDGE_RESERVED = new Set(['id', 'type', 'label', 'source', 'target', 'interaction']);

/**
 * Receives a graph as it streams: `begin` once, every node, `edges` once,
 * every edge, `end` once. Writers write as they receive, holding nothing.
 */
export interface GraphWriter {
  /** Which halves the writer uses; a half it leaves out is not even read. Both by default. */
  parts?: { nodes: boolean; edges: boolean };
  begin(schema: ExportSchema): Promise<void>;
  node(node: ExportNode): Promise<void>;
  edges(): Promise<void>;
  edge(edge: ExportEdge): Promise<void>;
  end(): Promise<void>;
}

/** Where a writer's text goes; resolves when the destination can take more. */
export type Sink = (chunk: string) => Promise<void>;

/** A property value as text: lists and maps as JSON, nothing as the empty string. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The property keys of a set of values, typed as the formats need them. */
export function keysOf(items: Iterable<Record<string, unknown>>): PropertyKey[] {
  const types = new Map<string, Set<ValueType>>();
  for (const properties of items) {
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      const type: ValueType =
        typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string';
      types.set(name, (types.get(name) ?? new Set()).add(type));
    }
  }
  return [...types].sort(([a], [b]) => a.localeCompare(b)).map(([name, set]) => ({ name, type: mergeTypes(set) }));
}

/** A Cypher `valueType()` ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"…) as a column type. */
export function fromCypherType(cypherType: string): ValueType {
  if (cypherType.startsWith('INTEGER')) return 'long';
  if (cypherType.startsWith('FLOAT')) return 'double';
  if (cypherType.startsWith('BOOLEAN')) return 'boolean';
  return 'string';
}

/** One column, one type: mixed integers and floats are doubles, any other mix is text. */
export function mergeTypes(types: Set<ValueType>): ValueType {
  if (types.size === 1) return [...types][0];
  if (types.size === 2 && types.has('long') && types.has('double')) return 'double';
  return 'string';
}
