import { badInput } from '../api/errors';
import type { Params } from '../neo4j/database';
import { fullTextQuery } from './fulltext';
import { type NamedFilter, explainMatch, namedMatch, pageEdge, resolveNames } from './named';
import { type IndexOrder, pagedQuery } from './page';
import { CURATED } from './provenance';
import { decodeCursor, pageSize } from './paging';
import { conflictingPair, exchange } from './select/fields';
import type { Selection } from './select/selection';
import { Names, Var, cypher, expr, render } from './select/tree';

export interface ExchangeFilter {
  mediatedBy?: string | null;
  mediation?: Mediation | null;
  involves?: string | null;
  participant?: string | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  hasConflicts?: boolean | null;
  curatedOnly?: boolean | null;
}

export type ExchangeOrder = 'DATE_ASC' | 'DATE_DESC';
export type MediationKind = 'DIRECT' | 'HOSTED_TALKS';
export type Mediation = MediationKind | 'ANY';

// The first filter given generates the candidates: a side of an exchange (participant) matches
// the most exchanges, so it comes last.
const NAME_FILTERS = ['mediatedBy', 'involves', 'place', 'participant'] as const;
type NameFilter = (typeof NAME_FILTERS)[number];

/**
 * How an exchange `x` reaches the mediator a name resolved to (bound as
 * `mediatedBy`), by kind. Each path starts at the mediator and walks back to
 * the exchanges, so the work follows the mediator's own exchanges, never
 * every exchange of the graph. Phases count for what their exchange counts for.
 */
export const MEDIATION_PATHS: Record<MediationKind, string[]> = {
  // It, a body part of it or a person of it brokered the exchange, its agreement or the talks behind it.
  DIRECT: [
    '(mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)',
    '(mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)',
    '(mediatedBy)<-[:PART_OF*0..3]-(:Node)<-[:MEDIATED_BY]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)',
  ],
  // The talks the exchange was agreed at were held in a place inside it (Istanbul, in Turkey).
  HOSTED_TALKS: [
    '(mediatedBy)<-[:LOCATED_IN*0..4]-(:Node)<-[:TOOK_PLACE_IN]-(:Negotiation)<-[:AGREED_AT]-(:Agreement)<-[:UNDER]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)',
  ],
};

/**
 * For each name filter: the paths from the node the name resolved to (bound
 * as the filter's name) back to the exchanges `x` that match it. Any path
 * will do; the shortest explains the match (`matchedBecause`).
 */
export const MATCH_PATHS: Record<NameFilter, string[]> = {
  mediatedBy: [...MEDIATION_PATHS.DIRECT, ...MEDIATION_PATHS.HOSTED_TALKS],
  // The group or a sub-group of it; or a group tied (DEFENDED/FROM) to a place inside the
  // named place, or inside the place the named group is tied to the same way.
  involves: [
    '(involves)<-[:PART_OF*0..3]-(:Node)<-[:INVOLVED]-(x:Exchange)',
    `(involves)-[own:DEFENDED|FROM*0..1]->(:Place)<-[:LOCATED_IN*0..4]-(:Node)<-[tie:DEFENDED|FROM]-(:Node)<-[:INVOLVED]-(x:Exchange)
     WHERE all(same IN own WHERE type(same) = type(tie))`,
  ],
  participant: ['(participant)<-[:PART_OF*0..2]-(:Node)<-[:BETWEEN]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)'],
  place: ['(place)<-[:LOCATED_IN*0..4]-(:Node)<-[:TOOK_PLACE_IN]-(:Exchange)<-[:PHASE_OF*0..3]-(x:Exchange)'],
};

/** The filter's paths, each with its mediation kind (mediatedBy only). */
function filterOf(name: NameFilter, mediation: Mediation): NamedFilter {
  if (name !== 'mediatedBy') return { name, paths: MATCH_PATHS[name].map((p) => [p, null]) };
  const kinds: MediationKind[] = mediation === 'ANY' ? ['DIRECT', 'HOSTED_TALKS'] : [mediation];
  return { name, paths: kinds.flatMap((kind) => MEDIATION_PATHS[kind].map((p): [string, MediationKind] => [p, kind])) };
}

/** The cursor's date of an exchange with no date: it sorts last either way. */
const UNDATED: Record<ExchangeOrder, string> = { DATE_ASC: '9999-99-99', DATE_DESC: '0000-00-00' };

/** The sort key doubles as the cursor: date then id. */
const sortKey = (order: ExchangeOrder): string => `coalesce(toString(x.sortDate), '${UNDATED[order]}') + '|' + x.id`;

/**
 * With no filter the page is read in the order of the `exchange_sort_date`
 * index on (sortDate, id), so a page costs what the page holds; the cursor
 * says where to start in it.
 */
function indexOrder(order: ExchangeOrder, after: string | null, params: Params, prefix?: IndexOrder['prefix']): IndexOrder {
  const base = { pattern: '(x:Exchange)', property: 'sortDate', afterValue: 'date($afterValue)', prefix, hint: prefix && 'x:Exchange(reviewStatus, sortDate, id)' };
  if (after === null) return { ...base, after: 'none' };
  const bar = after.indexOf('|');
  const [value, id] = [after.slice(0, bar), after.slice(bar + 1)];
  if (bar < 0 || !(value === UNDATED[order] || /^\d{4}-\d{2}-\d{2}$/.test(value))) {
    throw badInput(`"after" is not a cursor this field returned for this ordering`, 'after');
  }
  params.afterId = id;
  if (value === UNDATED[order]) return { ...base, after: 'unvalued' };
  params.afterValue = value;
  return { ...base, after: 'valued' };
}

export interface ExchangeQuery {
  cypher: string;
  params: Params;
  /** The name filters given, in the order of the query's `unresolved` flags. */
  names: NameFilter[];
}

/**
 * One query for the whole `exchanges` field. The first name filter given
 * generates the candidates from its node (UNION: each exchange once); the
 * others, the dates, the text and conflicts test each candidate. The count
 * and the page come from that one match; only the page's rows get their
 * explanations and projections, and only what `selection` asks for.
 */
export function exchangesQuery(
  where: ExchangeFilter,
  args: { first?: number | null; after?: string | null; orderBy?: ExchangeOrder | null },
  asked: Selection,
): ExchangeQuery {
  // curatedOnly holds at every level of the answer, not only for the exchanges listed.
  const selection = asked.onlyCurated(where.curatedOnly);
  const order = args.orderBy ?? 'DATE_ASC';
  const mediation = where.mediation ?? 'ANY';
  if (mediation !== 'ANY' && where.mediatedBy == null) {
    throw badInput(`"mediation: ${mediation}" needs "mediatedBy": say whose mediation to look for`, 'mediation');
  }
  const params: Params = { first: pageSize(args.first), after: decodeCursor(order, args.after) };
  const names = NAME_FILTERS.filter((f) => where[f] != null);
  const prelude = resolveNames(names, where, params);

  const filters = names.map((name) => ({ ...filterOf(name, mediation), curatedOnly: where.curatedOnly === true }));
  const conditions: string[] = [];
  if (where.from != null) {
    params.from = where.from;
    conditions.push('x.earliestDate >= date($from)');
    // Implied (earliest ≤ latest ≤ to), and it bounds the earliestDate range seek at both ends.
    if (where.to != null) conditions.push('x.earliestDate <= date($to)');
  }
  if (where.to != null) {
    params.to = where.to;
    conditions.push('x.latestDate <= date($to)');
  }
  if (where.text != null) {
    params.text = fullTextQuery(where.text);
    // Aggregated inside the subquery, so that no hit still gives one row (empty lists).
    prelude.push(`CALL () {
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node RETURN node
        UNION
        CALL db.index.fulltext.queryNodes('evidence_text', $text) YIELD node RETURN node
      }
      RETURN collect(node) AS textHits, collect(node.id) AS textHitIds
    }`);
    // The exchange's name, or a passage stating it or one of its relationships (curated ones, with curatedOnly).
    const [link, passage] = where.curatedOnly ? [` AND ${CURATED('l')}`, ` AND ${CURATED('r')} AND NOT id IN coalesce(r.extractedEvidence, [])`] : ['', ''];
    conditions.push(`(x IN textHits
      OR EXISTS { (x)-[l:EVIDENCED_BY]->(e) WHERE e IN textHits${link} }
      OR EXISTS { (x)-[r]-() WHERE any(id IN coalesce(r.evidence, []) WHERE id IN textHitIds${passage}) })`);
  }
  // Every exchange carries its status (the loader writes it; the start-up gives one to any written
  // before, load/exchange-status.cypher): an equality the (reviewStatus, sortDate, id) index seeks.
  const curated = where.curatedOnly ? { property: 'reviewStatus', value: "'curated'" } : undefined;
  const curatedTest = curated && `x.${curated.property} = ${curated.value}`;
  if (curatedTest) conditions.push(curatedTest);
  if (where.hasConflicts != null) {
    const [a, b] = [new Var('a'), new Var('b')];
    const exists = cypher`EXISTS { MATCH (${a}:Figure)-[:ABOUT]->(x)<-[:ABOUT]-(${b}:Figure) WHERE ${conflictingPair(a, b, where.curatedOnly === true)} }`;
    conditions.push(`${where.hasConflicts ? '' : 'NOT '}${render(expr(exists), new Names())}`);
  }
  // The date indexes are on :Event (every exchange is one): naming it lets a date range seek.
  const dated = where.from != null || where.to != null;
  const match = namedMatch(filters, conditions, 'x', dated ? '(x:Exchange:Event)' : '(x:Exchange)');

  const edges = selection.below('ExchangeConnection', 'edges');
  const explained = edges.has('ExchangeEdge', 'matchedBecause');
  const edge = pageEdge('ExchangeEdge', edges, 'x', exchange, names.map((name) => ({ name, kinds: name === 'mediatedBy' })));
  const cypherText = pagedQuery({
    prelude,
    scope: [...names, ...(where.text != null ? ['textHits', 'textHitIds'] : [])],
    match,
    item: 'x',
    key: sortKey(order),
    descending: order === 'DATE_DESC',
    explain: explained ? filters.map((f) => explainMatch(f, 'x')) : [],
    edge,
    counted: selection.has('ExchangeConnection', 'totalCount'),
    paged: selection.has('ExchangeConnection', 'edges') || selection.has('ExchangeConnection', 'pageInfo'),
    names,
    ...(names.length === 0 && conditions.every((c) => c === curatedTest) ? { indexed: indexOrder(order, params.after as string | null, params, curated) } : {}),
  });
  return { cypher: cypherText, params, names };
}
