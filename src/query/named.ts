import type { Params } from '../neo4j/database';
import { boundedText } from './fulltext';
import { curatedPath } from './provenance';
import { resolveName } from './resolve';
import { explanation } from './select/fields';
import type { Selection } from './select/selection';
import { type Expr, Names, Var, cypher, expr, listOf, mapOf, render, renderText } from './select/tree';
/**
 * Matching answers by names: each name resolves to one node, and a name
 * filter is a list of paths from that node back to the answers (`item`),
 * each path with an optional kind (how it matches). The first filter given
 * generates the answers from its node; the others, and any plain
 * conditions, test each of them. So the work follows what the named nodes
 * reach, never every node of the answer's label.
 */
export interface NamedFilter {
  /** The variable the name resolved to; the paths start at it. */
  name: string;
  paths: [pattern: string, kind: string | null][];
  /** Only paths whose every node and relationship is curated count (`curatedOnly`): no match through an extracted fact. */
  curatedOnly?: boolean;
}

/** `MATCH` of one of the filter's patterns, its path bound as `path` where given; with curatedOnly, on curated steps only. */
function matchOf(filter: NamedFilter, pattern: string, path?: string): string {
  if (!filter.curatedOnly) return `MATCH ${path ? `${path} = ` : ''}${pattern}`;
  const p = new Var('p');
  const name = path ?? 'matched';
  const test = renderText(curatedPath(p), new Names().bind(p, name));
  return `MATCH ${name} = ${pattern}${pattern.includes('WHERE') ? ' AND ' : ' WHERE '}${test}`;
}

/**
 * A filter's pattern with its named node renamed: matched from the answer
 * with nothing else bound, Neo4j can only expand from the answer's own
 * neighbourhood, never from the named node (a hub: the UAE, Istanbul), which
 * it might otherwise start from once per answer. The caller compares the
 * node reached with the named one.
 */
const fromAnswer = (filter: NamedFilter, pattern: string): string => pattern.replace(`(${filter.name})`, `(${filter.name}Reached)`);

/** Cypher binding `item` once per answer (no RETURN); `all` matches every answer when no filter is named. */
export function namedMatch(filters: NamedFilter[], conditions: string[], item: string, all: string): string {
  const tests = [
    ...filters
      .slice(1)
      .map((f) => `(${f.paths.map(([p]) => `${f.name} IN COLLECT { ${matchOf(f, fromAnswer(f, p))} RETURN ${f.name}Reached }`).join('\n      OR ')})`),
    ...conditions,
  ];
  const where = tests.length ? `\n    WHERE ${tests.join('\n      AND ')}` : '';
  if (filters.length === 0) return `MATCH ${all}${where}`;
  const [generator] = filters;
  // DISTINCT: one answer may be reached by several paths of one pattern (UNION dedupes only across patterns).
  const union = generator.paths.map(([p]) => `${matchOf(generator, p)}\n      RETURN DISTINCT ${item}`).join('\n      UNION\n      ');
  return `CALL (${generator.name}) {\n      ${union}\n    }\n    WITH ${item}${where}`;
}

/**
 * For one answer of the page: the shortest path that makes it match the
 * filter, bound as `<name>Path`, and its kind as `<name>How`; expanded from
 * the answer (see `fromAnswer`).
 */
export function explainMatch(filter: NamedFilter, item: string): string {
  const union = filter.paths
    .map(([p, kind]) => `${matchOf(filter, fromAnswer(filter, p), 'p')}\n        RETURN p, ${kind ? `'${kind}'` : 'null'} AS how`)
    .join('\n        UNION\n        ');
  return `CALL (${item}, ${filter.name}) {
      CALL (${item}) {
        ${union}
      }
      WITH p, how WHERE nodes(p)[0] = ${filter.name}
      RETURN p AS ${filter.name}Path, how AS ${filter.name}How ORDER BY length(p) LIMIT 1
    }`;
}

/** Resolves each given name into the variable of its filter; the clauses come first in the query. */
export function resolveNames<K extends string>(names: readonly K[], given: Partial<Record<K, unknown>>, params: Params): string[] {
  return names.map((name) => {
    params[name] = boundedText(String(given[name]), name);
    return resolveName(name, name);
  });
}

/**
 * The map of one edge of the page: its cursor, its node as selected and,
 * when selected, why it matched each filter (from what `explainMatch` bound).
 */
export function pageEdge(
  edgeType: string,
  edges: Selection,
  item: string,
  node: (v: Var, sel: Selection) => Expr,
  filters: { name: string; kinds: boolean }[],
): string {
  const v = new Var(item);
  const names = new Names().bind(v, item);
  const why = edges.below(edgeType, 'matchedBecause');
  const explanations = filters.map(({ name, kinds }) => {
    const p = new Var('p');
    const how = new Var('how');
    names.bind(p, `${name}Path`).bind(how, `${name}How`);
    return explanation({ p, filter: name, ...(kinds ? { mediation: how } : {}) }, why);
  });
  return render(
    mapOf([
      ['cursor', expr(cypher`cursor`)],
      ...(edges.has(edgeType, 'node') ? [['node', node(v, edges.below(edgeType, 'node'))] as const] : []),
      ...(edges.has(edgeType, 'matchedBecause') ? [['matchedBecause', listOf(explanations)] as const] : []),
    ]),
    names,
  );
}
