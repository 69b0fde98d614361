import neo4j, { isDate, isDateTime, isNode, isRelationship, isPath, isInt } from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-ready values: temporal types
 * become ISO strings, nodes and relationships become their properties with
 * their labels or type (never Neo4j's internal ids: ours are stable).
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of an answer are strings, numbers, lists and maps (the projections build maps):
  // those are tested first, and the driver's types only after.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (value.constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const key in value) {
      const v = plain((value as Record<string, unknown>)[key]);
      // A map key "__proto__" (a /cypher query may return one) stays a key, never the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  }
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as object) || isDateTime(value as object)) return String(value);
  if (isNode(value as object)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { labels: node.labels, ...(plain(node.properties) as object) };
  }
  if (isRelationship(value as object)) {
    const rel = value as unknown as { type: string; properties: Record<string, unknown> };
    return { type: rel.type, ...(plain(rel.properties) as object) };
  }
  if (isPath(value as object)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return path.segments.map((s) => ({ start: plain(s.start), relationship: plain(s.relationship), end: plain(s.end) }));
  }
  // Other temporal and spatial values print themselves in ISO/WKT form.
  return String(value);
}

/**
 * The other way: values for `$parameters`. JavaScript has one number type and
 * the driver sends it as a float; whole numbers go as Cypher integers instead
 * (LIMIT needs them, and a figure of 230 people is an integer).
 */
export function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  }
  return value;
}
