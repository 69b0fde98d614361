import type { Params } from '../neo4j/database';
import { exchange, ref } from './projections';
import { boundedText, fullTextQuery } from './fulltext';
import { decodeCursor, pageSize } from './paging';
import { resolveName } from './resolve';

export interface ExchangeFilter {
  mediatedBy?: string | null;
  involves?: string | null;
  participant?: string | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

export type ExchangeOrder = 'DATE_ASC' | 'DATE_DESC';

const NAME_FILTERS = ['mediatedBy', 'involves', 'participant', 'place'] as const;
type NameFilter = (typeof NAME_FILTERS)[number];

/**
 * For each name filter: the paths that make an exchange `x` match the node
 * the name resolved to (bound as the filter's name). Alternatives are
 * UNIONed; the shortest path found is kept as the explanation.
 */
export const MATCH_PATHS: Record<NameFilter, string[]> = {
  // Directly (or by a body part of the mediator), or through the agreement and
  // the talks it came from: talks held in a place inside a state count for it.
  mediatedBy: [
    'MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:MEDIATED_BY]->(:Node)-[:PART_OF*0..3]->(mediatedBy)',
    'MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:MEDIATED_BY]->(:Node)-[:PART_OF*0..3]->(mediatedBy)',
    'MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:AGREED_AT]->(:Negotiation)-[:MEDIATED_BY|TOOK_PLACE_IN]->(:Node)-[:PART_OF|LOCATED_IN*0..4]->(mediatedBy)',
  ],
  // The group or a sub-group; or groups tied (DEFENDED/FROM) to a place inside
  // the place the named group is tied to the same way, or inside a named place.
  involves: [
    'MATCH p = (x)-[:INVOLVED]->(:Node)-[:PART_OF*0..3]->(involves)',
    `MATCH p = (x)-[:INVOLVED]->(:Node)-[tie:DEFENDED|FROM]->(:Node)-[:LOCATED_IN*0..4]->(tiedTo:Place)
     WHERE tiedTo = involves OR EXISTS { (involves)-[same]->(tiedTo) WHERE type(same) = type(tie) }`,
  ],
  participant: ['MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:BETWEEN]->(:Node)-[:PART_OF*0..2]->(participant)'],
  place: ['MATCH p = (x)-[:PHASE_OF*0..3]->(:Exchange)-[:TOOK_PLACE_IN]->(:Node)-[:LOCATED_IN*0..4]->(place)'],
};

const pathVariable = (filter: NameFilter): string => `${filter}Path`;

function nameFilter(filter: NameFilter): string {
  const union = MATCH_PATHS[filter].map((m) => `${m}\n      RETURN p`).join('\n      UNION\n      ');
  return `CALL (x, ${filter}) {
    CALL (x, ${filter}) {
      ${union}
    }
    RETURN p AS ${pathVariable(filter)} ORDER BY length(p) LIMIT 1
  }`;
}

/** The sort key doubles as the cursor: date then id; an unknown date sorts last either way. */
const sortKey = (order: ExchangeOrder): string =>
  `coalesce(toString(x.sortDate), '${order === 'DATE_ASC' ? '9999-99-99' : '0000-00-00'}') + '|' + x.id`;

export interface ExchangeQuery {
  cypher: string;
  params: Params;
  /** The name filters given, in the order of the query's `unresolved` flags. */
  names: NameFilter[];
}

/**
 * One query for the whole `exchanges` field: resolves the names, counts the
 * matches and returns the requested page with everything the page shows.
 * Only the filters given are part of the query, so the planner sees no
 * "$x IS NULL OR …" and each filter starts from an index seek.
 */
export function exchangesQuery(
  where: ExchangeFilter,
  args: { first?: number | null; after?: string | null; orderBy?: ExchangeOrder | null; withText: boolean },
): ExchangeQuery {
  const order = args.orderBy ?? 'DATE_ASC';
  const first = pageSize(args.first);
  const after = decodeCursor(order, args.after);
  const names = NAME_FILTERS.filter((f) => where[f] != null);
  const params: Params = { first, after, withText: args.withText };
  const clauses: string[] = [];
  for (const name of names) {
    params[name] = boundedText(where[name]!, name);
    clauses.push(resolveName(name, name));
  }
  const filters = names.map(nameFilter);
  const conditions: string[] = [];
  if (where.from != null) {
    params.from = where.from;
    conditions.push('x.earliestDate >= date($from)');
  }
  if (where.to != null) {
    params.to = where.to;
    conditions.push('x.latestDate <= date($to)');
  }
  if (where.text != null) {
    params.text = fullTextQuery(where.text);
    // Aggregated inside the subquery, so that no hit still gives one row (empty lists).
    clauses.push(`CALL () {
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node RETURN node
        UNION
        CALL db.index.fulltext.queryNodes('evidence_text', $text) YIELD node RETURN node
      }
      RETURN collect(node) AS textHits, collect(node.id) AS textHitIds
    }`);
    // The exchange's name, or a passage stating it or one of its relationships.
    conditions.push(`(x IN textHits
      OR EXISTS { (x)-[:EVIDENCED_BY]->(e) WHERE e IN textHits }
      OR EXISTS { (x)-[r]-() WHERE any(id IN coalesce(r.evidence, []) WHERE id IN textHitIds) })`);
  }
  const scope = [...names, ...(where.text != null ? ['textHits', 'textHitIds'] : [])].join(', ');
  const match = [
    'MATCH (x:Exchange)',
    ...(conditions.length ? [`WHERE ${conditions.join(' AND ')}`] : []),
    ...filters,
  ].join('\n    ');
  const comparison = order === 'DATE_ASC' ? '>' : '<';
  const paths = names.map(pathVariable);

  const cypher = `${clauses.join('\n')}
CALL (${scope}) {
    ${match}
    RETURN count(x) AS totalCount
}
CALL (${scope}) {
    ${match}
    WITH ${['x', ...paths].join(', ')}, ${sortKey(order)} AS cursor
    WHERE $after IS NULL OR cursor ${comparison} $after
    ORDER BY cursor ${order === 'DATE_ASC' ? 'ASC' : 'DESC'}
    LIMIT $first + 1
    RETURN collect({
      cursor: cursor,
      node: ${exchange('x')},
      matchedBecause: [${paths
        .map((p, i) => `{filter: '${names[i]}', steps: [n IN nodes(${p}) | ${ref('n')}], relationships: [r IN relationships(${p}) | type(r)]}`)
        .join(', ')}]
    }) AS page
}
RETURN totalCount, page, [${names.map((n) => `${n} IS NULL`).join(', ')}] AS unresolved`;
  return { cypher, params, names };
}
