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
  /** The type of the value, or of each item when `list` is set. */
  type: ValueType;
  list: boolean;
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
export const EDGE_RESERVED = new Set(['id', 'type', 'label', 'source', 'target', 'interaction', 'key']);

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

const typeOfValue = (value: unknown): ValueType =>
  typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string';

/** The property keys of a set of values, typed as the formats need them (lists by the type of their items). */
export function keysOf(items: Iterable<Record<string, unknown>>): PropertyKey[] {
  const kinds = new Map<string, string[]>();
  for (const properties of items) {
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      const seen = kinds.get(name) ?? [];
      if (Array.isArray(value)) seen.push(...(value.length > 0 ? value.map((v) => `LIST ${typeOfValue(v)}`) : ['LIST']));
      else seen.push(typeOfValue(value));
      kinds.set(name, seen);
    }
  }
  return [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([name, seen]) => keyOf(name, seen));
}

/** A Cypher `valueType()` ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"…) in the form keyOf takes. */
export function fromCypherType(cypherType: string): string {
  const item = (t: string): string =>
    t.startsWith('INTEGER') ? 'long' : t.startsWith('FLOAT') ? 'double' : t.startsWith('BOOLEAN') ? 'boolean' : 'string';
  const list = /^LIST<(.*)>/.exec(cypherType);
  if (list === null) return item(cypherType);
  // An empty list is LIST<NOTHING>: a list, of no type yet.
  return list[1].startsWith('NOTHING') ? 'LIST' : `LIST ${item(list[1])}`;
}

/**
 * One column, one type, from the kinds of value seen ("long", "LIST string",
 * "LIST" for an empty list): lists stay lists when every value is one; mixed
 * integers and floats are doubles; any other mix is text.
 */
export function keyOf(name: string, kinds: string[]): PropertyKey {
  const lists = kinds.filter((k) => k.startsWith('LIST'));
  const list = lists.length === kinds.length;
  const items = new Set((list ? lists.map((k) => k.slice(5)).filter((k) => k !== '') : kinds) as ValueType[]);
  if (lists.length > 0 && !list) return { name, type: 'string', list: false };
  if (items.size === 0) return { name, type: 'string', list };
  if (items.size === 1) return { name, type: [...items][0], list };
  if (items.size === 2 && items.has('long') && items.has('double')) return { name, type: 'double', list };
  return { name, type: 'string', list };
}
