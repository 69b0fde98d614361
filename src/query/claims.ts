import type { Params } from '../neo4j/database';
import { type NamedFilter, explainMatch, namedMatch, pageEdge, resolveNames } from './named';
import { pagedQuery } from './page';
import { CURATED } from './provenance';
import { decodeCursor, pageSize } from './paging';
import { figure, statement } from './select/fields';
import type { Selection } from './select/selection';

export type ClaimLabel = 'Statement' | 'Figure';

export interface ClaimFilter {
  statedBy?: string | null;
  about?: string | null;
  returnedTo?: string | null;
  releasedBy?: string | null;
  flag?: string | null;
  status?: string | null;
  from?: string | null;
  to?: string | null;
  curatedOnly?: boolean | null;
}

const NAME_FILTERS = ['statedBy', 'about', 'returnedTo', 'releasedBy'] as const;
type NameFilter = (typeof NAME_FILTERS)[number];

/**
 * From the named node back to the claims `c` it answers for. A claimant
 * covers its body parts and whoever holds a role in it or in them: Russia
 * covers the Ministry of Defence (PART_OF), Lavrov (HOLDS_ROLE) and Peskov
 * (HOLDS_ROLE in the Kremlin, PART_OF Russia).
 */
export const CLAIM_PATHS: Record<NameFilter, (label: ClaimLabel) => string[]> = {
  statedBy: (label) => [`(statedBy)<-[:PART_OF*0..2]-(:Node)<-[:HOLDS_ROLE*0..1]-(:Node)<-[:STATED_BY]-(c:${label})`],
  // A statement about an exchange counts for its phases; a figure about a phase counts for the whole.
  about: (label) =>
    label === 'Statement'
      ? ['(about)-[:PHASE_OF*0..3]->(:Node)<-[:ABOUT]-(c:Statement)']
      : ['(about)<-[:PHASE_OF*0..3]-(:Node)<-[:ABOUT]-(c:Figure)'],
  returnedTo: (label) => [`(returnedTo)<-[:PART_OF*0..2]-(:Node)<-[:RETURNED_TO]-(c:${label})`],
  releasedBy: (label) => [`(releasedBy)<-[:PART_OF*0..2]-(:Node)<-[:RELEASED_BY]-(c:${label})`],
};

export interface ClaimQuery {
  cypher: string;
  params: Params;
  /** The name filters given, in the order of the query's `unresolved` flags. */
  names: NameFilter[];
}

export const CLAIM_ORDER = 'ID';

/** One query for `statements` or `figures`: the match once, count and page from it, by id. */
export function claimsQuery(label: ClaimLabel, where: ClaimFilter, args: { first?: number | null; after?: string | null }, asked: Selection): ClaimQuery {
  // curatedOnly holds at every level of the answer (claimants, directions, what it is about).
  const selection = asked.onlyCurated(where.curatedOnly);
  const params: Params = { first: pageSize(args.first), after: decodeCursor(CLAIM_ORDER, args.after) };
  const names = NAME_FILTERS.filter((f) => where[f] != null);
  const prelude = resolveNames(names, where, params);
  const filters: NamedFilter[] = names.map((name) => ({ name, paths: CLAIM_PATHS[name](label).map((p) => [p, null]), curatedOnly: where.curatedOnly === true }));
  const conditions: string[] = [];
  for (const key of ['flag', 'status'] as const) {
    if (where[key] == null) continue;
    params[key] = where[key];
    conditions.push(`c.${key} = $${key}`);
  }
  if (where.curatedOnly) conditions.push(CURATED('c'));
  if (where.from != null) {
    params.from = where.from;
    conditions.push('EXISTS { (c)-[:ABOUT]->(event) WHERE event.earliestDate >= date($from) }');
  }
  if (where.to != null) {
    params.to = where.to;
    conditions.push('EXISTS { (c)-[:ABOUT]->(event) WHERE event.latestDate <= date($to) }');
  }

  const type = `${label}Connection`;
  const edgeType = `${label}Edge`;
  const edges = selection.below(type, 'edges');
  const explained = edges.has(edgeType, 'matchedBecause');
  const edge = pageEdge(edgeType, edges, 'c', label === 'Statement' ? statement : figure, names.map((name) => ({ name, kinds: false })));
  const cypherText = pagedQuery({
    prelude,
    scope: names,
    match: namedMatch(filters, conditions, 'c', `(c:${label})`),
    item: 'c',
    key: 'c.id',
    descending: false,
    explain: explained ? filters.map((f) => explainMatch(f, 'c')) : [],
    edge,
    counted: selection.has(type, 'totalCount'),
    paged: selection.has(type, 'edges') || selection.has(type, 'pageInfo'),
    names,
  });
  return { cypher: cypherText, params, names };
}
