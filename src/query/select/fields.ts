import type {
  Actor, Agreement, Article, Conflict, Correction, Event, Evidence, Exchange, Explanation, ExtractionRun, Figure, Link, Mediator, Negotiation, NodeRef,
  Provenance, Statement,
} from '../../api/generated/types';
import { curatedPath, isCurated } from '../provenance';
import type { Selection } from './selection';
import { type Expr, Text, Var, caseOf, collect, cypher, expr, first, mapOf, names, raw } from './tree';

/**
 * Per GraphQL type: how each field is projected from the graph. A table
 * must name every field of its type (`satisfies Table<…>`), so a field
 * added to the schema and left out here fails tsc. Only the fields a client
 * selects reach the Cypher (`project`).
 */
type Project<V> = (v: V, sub: Selection) => Expr;
type Table<T, V> = Record<Exclude<keyof T, '__typename'>, Project<V>>;

/** The map of the fields selected on `type`; `always` adds keys resolvers need whatever the selection. */
export function project<V>(type: string, table: Record<string, Project<V>>, v: V, sel: Selection, always: [string, Expr][] = []): Expr {
  const fields = sel.fields(type).map((f): [string, Expr] => {
    const field = table[f.name];
    if (!field) throw new Error(`No projection for ${type}.${f.name}`);
    return [f.name, field(v, f.selection)];
  });
  return mapOf([...always.filter(([key]) => !fields.some(([name]) => name === key)), ...fields]);
}

const prop = (key: string): Project<Var> => (n) => expr(new Text([n, `.${key}`]));
const aliases: Project<Var> = (n) => expr(cypher`coalesce(${n}.aliases, [])`);
const precision: Project<Var> = (n) => expr(cypher`coalesce(${n}.datePrecision, 'unknown')`);

/** Node types keep their label whatever is selected: `typeOf` (src/api/node) tells their GraphQL type by it. */
const label = (n: Var): [string, Expr] => ['label', expr(cypher`${n}.label`)];

/**
 * ` WHERE` the tests `always` hold and, when the root field asked for curated
 * facts only, every node and relationship of `facts` and every path of
 * `paths` is curated. A request that does not ask pays nothing: the Cypher
 * is the same as without the filter.
 */
function where(sel: Selection, curated: { facts?: readonly Var[]; paths?: readonly Var[] }, always: readonly Text[] = []): Text {
  const only = sel.curatedOnly ? [...(curated.facts ?? []).map(isCurated), ...(curated.paths ?? []).map(curatedPath)] : [];
  const tests = [...always, ...only];
  return new Text(tests.length ? [' WHERE ', ...tests.flatMap((t, i) => (i ? [' AND ', t] : [t]))] : []);
}

export const ARTICLE = {
  id: prop('id'),
  title: prop('title'),
  publishedAt: prop('publishedAt'),
  text: prop('text'),
} satisfies Table<Article, Var>;
export const article = (a: Var, sel: Selection): Expr => project('Article', ARTICLE, a, sel, [label(a)]);

/**
 * An evidence passage; `a` is its article where the surrounding match has
 * bound it already; `of` is what links it to the fact it is listed under: a
 * node's EVIDENCED_BY relationship, or a relationship holding its id.
 */
interface EvidenceVars { e: Var; a?: Var; of?: { link: Var } | { relationship: Var } }
export const EVIDENCE = {
  id: ({ e }) => expr(cypher`${e}.id`),
  quote: ({ e }) => expr(cypher`${e}.quote`),
  sentence: ({ e }) => expr(cypher`${e}.sentence`),
  article: ({ e, a }, sel) => {
    if (a) return article(a, sel);
    const own = new Var('a');
    return first(cypher`MATCH (${e})-[:IN]->(${own}:Article)`, article(own, sel));
  },
  provenance: ({ e, of }, sel) => {
    if (!of) return expr(cypher`null`);
    if ('link' in of) return relationshipProvenance(of.link, sel);
    // A passage an ingest added to a curated relationship is extracted, by the run that read its article.
    return caseOf([[cypher`${e}.id IN coalesce(${of.relationship}.extractedEvidence, [])`, extractedPassage(e, sel)]], relationshipProvenance(of.relationship, sel));
  },
} satisfies Table<Evidence, EvidenceVars>;
export const evidence = (v: EvidenceVars, sel: Selection): Expr => project('Evidence', EVIDENCE, v, sel, [label(v.e)]);

export const EXTRACTION_RUN = {
  id: prop('id'),
  extractor: prop('extractor'),
  version: prop('version'),
  startedAt: prop('startedAt'),
  article: (run, sel) => {
    const a = new Var('a');
    return first(cypher`MATCH (${a}:Article {id: ${run}.articleId})`, article(a, sel));
  },
} satisfies Table<ExtractionRun, Var>;
export const extractionRun = (run: Var, sel: Selection): Expr => project('ExtractionRun', EXTRACTION_RUN, run, sel);

export const CORRECTION = {
  field: prop('field'),
  from: prop('from'),
  to: prop('to'),
  by: prop('by'),
  at: prop('at'),
} satisfies Table<Correction, Var>;

/**
 * Who vouches for node `f` (docs/model.md, "Provenance"): an unmarked fact is
 * curated. The run is found by its id (`runId`, on nodes and relationships
 * alike); corrections are nodes pointing at the fact they corrected.
 */
export const PROVENANCE = {
  status: (f) => expr(cypher`coalesce(${f}.reviewStatus, 'curated')`),
  confidence: prop('confidence'),
  run: (f, sel) => {
    const run = new Var('run');
    return first(cypher`MATCH (${run}:Run {id: ${f}.runId})`, extractionRun(run, sel));
  },
  reviewedBy: prop('reviewedBy'),
  reviewedAt: prop('reviewedAt'),
  corrections: (f, sel) => {
    const c = new Var('c');
    return collect(cypher`MATCH (${c}:Correction)-[:CORRECTS]->(${f})`, project('Correction', CORRECTION, c, sel), cypher`${c}.at, ${c}.id`);
  },
} satisfies Table<Provenance, Var>;
const provenance: Project<Var> = (f, sel) => project('Provenance', PROVENANCE, f, sel);
/** A relationship's provenance: the same, but a relationship is never corrected (only its nodes are). */
const relationshipProvenance: Project<Var> = (r, sel) =>
  project('Provenance', { ...PROVENANCE, corrections: () => expr(cypher`[]`) }, r, sel);
/** Passage `e` as evidence a curated relationship gained from an ingest: extracted by the run over its article, not yet reviewed. */
const extractedPassage: Project<Var> = (e, sel) =>
  project(
    'Provenance',
    {
      status: () => expr(cypher`'extracted'`),
      confidence: () => expr(cypher`null`),
      run: (_, s) => {
        const run = new Var('run');
        return first(cypher`MATCH (${run}:Run {articleId: ${e}.articleId})`, extractionRun(run, s));
      },
      reviewedBy: () => expr(cypher`null`),
      reviewedAt: () => expr(cypher`null`),
      corrections: () => expr(cypher`[]`),
    },
    e,
    sel,
  );

export const NODE_REF = { id: prop('id'), label: prop('label'), name: prop('name'), aliases, provenance } satisfies Table<NodeRef, Var>;
export const ref = (n: Var, sel: Selection): Expr => project('NodeRef', NODE_REF, n, sel);

/**
 * A ref to `t` standing for relationship `r` to it (a phase, a claimant):
 * its provenance is the relationship's where that is not curated, else the node's.
 */
const refThrough = (r: Var, t: Var, sel: Selection): Expr =>
  project('NodeRef', { ...NODE_REF, provenance: (n, s) => caseOf([[isCurated(r), provenance(n, s)]], relationshipProvenance(r, s)) }, t, sel);

/** The match, row and order of refs to the nodes `n` points to through relationships of `type`, by name. */
const via = (type: string, n: Var, sel: Selection): [Text, Expr, Text] => {
  const [r, t] = [new Var('r'), new Var('t')];
  return [cypher`MATCH (${n})-[${r}:${raw(type)}]->(${t}:Node)${where(sel, { facts: [r, t] })}`, refThrough(r, t, sel), cypher`${t}.name`];
};
const refsVia = (type: string): Project<Var> => (n, sel) => collect(...via(type, n, sel));
const refVia = (type: string): Project<Var> => (n, sel) => first(...via(type, n, sel));

/** The passages stating node `n`, by article then passage; with curatedOnly, through curated links only. */
const nodeEvidence: Project<Var> = (n, sel) => {
  const [l, e, a] = [new Var('l'), new Var('e'), new Var('a')];
  return collect(
    cypher`MATCH (${n})-[${l}:EVIDENCED_BY]->(${e}:Evidence)-[:IN]->(${a}:Article)${where(sel, { facts: [l] })}`,
    evidence({ e, a, of: { link: l } }, sel),
    cypher`${a}.id, ${e}.id`,
  );
};

/** The passages stating relationship `r` (`r.evidence` holds their ids); with curatedOnly, not those an ingest added and no one accepted. */
const relationshipEvidence = (r: Var, sel: Selection): Expr => {
  const id = new Var('id');
  const e = new Var('e');
  const a = new Var('a');
  const accepted = sel.curatedOnly ? cypher` WHERE NOT ${id} IN coalesce(${r}.extractedEvidence, [])` : cypher``;
  return collect(
    cypher`UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${e}:Evidence {id: ${id}})-[:IN]->(${a}:Article)${accepted}`,
    evidence({ e, a, of: { relationship: r } }, sel),
    cypher`${a}.id, ${e}.id`,
  );
};

/** A relationship `r` seen from `holder`, towards `other`. */
interface LinkVars { r: Var; holder: Var; other: Var }
export const LINK = {
  node: ({ other }, sel) => ref(other, sel),
  type: ({ r }) => expr(cypher`type(${r})`),
  outgoing: ({ r, holder }) => expr(cypher`startNode(${r}) = ${holder}`),
  role: ({ r }) => expr(cypher`${r}.role`),
  title: ({ r }) => expr(cypher`${r}.title`),
  how: ({ r }) => expr(cypher`${r}.how`),
  basis: ({ r }) => expr(cypher`${r}.basis`),
  evidence: ({ r }, sel) => relationshipEvidence(r, sel),
  provenance: ({ r }, sel) => relationshipProvenance(r, sel),
} satisfies Table<Link, LinkVars>;
const link = (v: LinkVars, sel: Selection): Expr => project('Link', LINK, v, sel);

/**
 * The most items an actor's or an event's own lists hold. A hub has tens of
 * thousands (the UAE mediates ~22k exchanges at 100k), and sorting them all
 * would make the list cost what the graph holds: past the cap the store's
 * order picks which (as in the neighbourhood), the kept ones sorted as ever.
 * The `…Count` fields say how many there are; the paged root fields
 * (statements, figures, exchanges, neighbourhood) go through all of them.
 */
export const HUB_CAP = 100;
// The cap is the code's constant, never a request's value: written into the text, it keeps one plan per shape.
const capped = (match: Text): Text => cypher`${match} WITH * LIMIT ${raw(String(HUB_CAP))}`;

type Which = { type: string; outgoing: boolean } | { except: readonly string[] };
/** Curated relationships of `n` (those with an id): of one type and direction, or all but `except` both ways. */
const linkMatch = (which: Which, n: Var, r: Var, m: Var, sel: Selection): Text =>
  'type' in which
    ? which.outgoing
      ? cypher`MATCH (${n})-[${r}:${raw(which.type)}]->(${m}:Node)${where(sel, { facts: [r, m] })}`
      : cypher`MATCH (${n})<-[${r}:${raw(which.type)}]-(${m}:Node)${where(sel, { facts: [r, m] })}`
    : cypher`MATCH (${n})-[${r}]-(${m}:Node)${where(sel, { facts: [r, m] }, [cypher`${r}.id IS NOT NULL AND NOT type(${r}) IN ${names(which.except)}`])}`;
const links = (which: Which, cap?: 'capped'): Project<Var> => (n, sel) => {
  const [r, m] = [new Var('r'), new Var('m')];
  const match = linkMatch(which, n, r, m, sel);
  return collect(cap ? capped(match) : match, link({ r, holder: n, other: m }, sel), cypher`type(${r}), ${m}.name`);
};
const linkCount = (which: Which): Project<Var> => (n, sel) => expr(cypher`COUNT { ${linkMatch(which, n, new Var('r'), new Var('m'), sel)} }`);
/** Claims about or by a node never show among its plain links. */
const CLAIM_LINKS = ['ABOUT', 'STATED_BY', 'RETURNED_TO', 'RELEASED_BY'] as const;

const CLAIM = {
  id: prop('id'),
  name: prop('name'),
  statedBy: refsVia('STATED_BY'),
  about: refsVia('ABOUT'),
  flag: prop('flag'),
  flagNote: prop('flagNote'),
  evidence: nodeEvidence,
  provenance,
};
export const STATEMENT = { ...CLAIM, text: prop('text'), quote: prop('quote'), channel: prop('channel') } satisfies Table<Statement, Var>;
export const FIGURE = {
  ...CLAIM,
  value: prop('value'),
  qualifier: prop('qualifier'),
  category: prop('category'),
  status: prop('status'),
  counts: prop('counts'),
  since: prop('sinceDate'),
  sincePrecision: prop('sincePrecision'),
  returnedTo: refVia('RETURNED_TO'),
  releasedBy: refVia('RELEASED_BY'),
} satisfies Table<Figure, Var>;
export const statement = (s: Var, sel: Selection): Expr => project('Statement', STATEMENT, s, sel, [label(s)]);
export const figure = (f: Var, sel: Selection): Expr => project('Figure', FIGURE, f, sel, [label(f)]);

/** Claims of `label` pointing at `n` through `via` (ABOUT: claims about it; STATED_BY: claims it made). */
const claimMatch = (claimLabel: 'Statement' | 'Figure', via: 'ABOUT' | 'STATED_BY', n: Var, c: Var, sel: Selection): Text => {
  const r = new Var('r');
  return cypher`MATCH (${c}:${raw(claimLabel)})-[${r}:${raw(via)}]->(${n})${where(sel, { facts: [c, r] })}`;
};
const claims = (claimLabel: 'Statement' | 'Figure', via: 'ABOUT' | 'STATED_BY', cap?: 'capped'): Project<Var> => (n, sel) => {
  const c = new Var(claimLabel === 'Statement' ? 's' : 'f');
  const match = claimMatch(claimLabel, via, n, c, sel);
  const row = claimLabel === 'Statement' ? statement(c, sel) : figure(c, sel);
  return collect(cap ? capped(match) : match, row, cypher`${c}.id`);
};
const claimCount = (claimLabel: 'Statement' | 'Figure', via: 'ABOUT' | 'STATED_BY'): Project<Var> => (n, sel) =>
  expr(cypher`COUNT { ${claimMatch(claimLabel, via, n, new Var('c'), sel)} }`);

export const NEGOTIATION = {
  id: prop('id'),
  name: prop('name'),
  startDate: prop('startDate'),
  datePrecision: precision,
  places: links({ type: 'TOOK_PLACE_IN', outgoing: true }),
  participants: links({ type: 'BETWEEN', outgoing: true }),
  mediators: links({ type: 'MEDIATED_BY', outgoing: true }),
  evidence: nodeEvidence,
  provenance,
} satisfies Table<Negotiation, Var>;

export const AGREEMENT = {
  id: prop('id'),
  name: prop('name'),
  startDate: prop('startDate'),
  datePrecision: precision,
  evidence: nodeEvidence,
  provenance,
  negotiation: (g, sel) => {
    const [r, n] = [new Var('r'), new Var('n')];
    return first(cypher`MATCH (${g})-[${r}:AGREED_AT]->(${n}:Negotiation)${where(sel, { facts: [r, n] })}`, project('Negotiation', NEGOTIATION, n, sel));
  },
} satisfies Table<Agreement, Var>;

/**
 * The relationships of path `p`, each seen from the step before it: in the
 * path's order, or `backwards` (an explanation reads from the answer to the
 * named node its path starts at).
 */
const pathLinks = (p: Var, sel: Selection, backwards: boolean): Expr => {
  const i = new Var('i');
  const r = new Var('r');
  const holder = new Var('h');
  const other = new Var('o');
  const [ns, rs] = backwards ? [cypher`reverse(nodes(${p}))`, cypher`reverse(relationships(${p}))`] : [cypher`nodes(${p})`, cypher`relationships(${p})`];
  return collect(
    cypher`UNWIND range(0, length(${p}) - 1) AS ${i} WITH ${i}, ${rs}[${i}] AS ${r}, ${ns}[${i}] AS ${holder}, ${ns}[${i} + 1] AS ${other}`,
    link({ r, holder, other }, sel),
    cypher`${i}`,
  );
};

/** A path `p` from a named node to an answer, read from the answer; `mediation` where the filter has kinds. */
export interface ExplanationVars { p: Var; filter: string; mediation?: Var }
export const EXPLANATION = {
  filter: ({ filter }) => expr(new Text([`'${filter}'`])),
  mediation: ({ mediation }) => expr(mediation ? cypher`${mediation}` : cypher`null`),
  steps: ({ p }, sel) => {
    const n = new Var('n');
    return expr(cypher`[${n} IN reverse(nodes(${p})) | ${ref(n, sel)}]`);
  },
  relationships: ({ p }) => {
    const r = new Var('r');
    return expr(cypher`[${r} IN reverse(relationships(${p})) | type(${r})]`);
  },
  links: ({ p }, sel) => pathLinks(p, sel, true),
  summary: ({ p }) => {
    const s = new Var('s');
    const i = new Var('i');
    const ns = cypher`reverse(nodes(${p}))`;
    const rs = cypher`reverse(relationships(${p}))`;
    return expr(cypher`reduce(${s} = ${ns}[0].name, ${i} IN range(0, length(${p}) - 1) | ${s} + CASE WHEN startNode(${rs}[${i}]) = ${ns}[${i}] THEN ' → ' + type(${rs}[${i}]) + ' → ' ELSE ' ← ' + type(${rs}[${i}]) + ' ← ' END + ${ns}[${i} + 1].name)`);
  },
} satisfies Table<Explanation, ExplanationVars>;
export const explanation = (v: ExplanationVars, sel: Selection): Expr => project('Explanation', EXPLANATION, v, sel);

/**
 * Who mediated exchange `x`, and how: the exchange (or the one it is a phase
 * of), its agreement or the talks behind it MEDIATED_BY someone (DIRECT), or
 * the talks held in a place inside a state (HOSTED_TALKS). Per mediator and
 * kind, the shortest path.
 */
type MediatorPath = (x: Var, m: Var) => Text;
const MEDIATOR_PATHS: [kind: 'DIRECT' | 'HOSTED_TALKS', pattern: MediatorPath][] = [
  ['DIRECT', (x, m) => cypher`(${x})-[:PHASE_OF*0..3]->(:Exchange)-[:MEDIATED_BY]->(${m}:Node)`],
  ['DIRECT', (x, m) => cypher`(${x})-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:MEDIATED_BY]->(${m}:Node)`],
  ['DIRECT', (x, m) => cypher`(${x})-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:AGREED_AT]->(:Negotiation)-[:MEDIATED_BY]->(${m}:Node)`],
  [
    'HOSTED_TALKS',
    (x, m) => cypher`(${x})-[:PHASE_OF*0..3]->(:Exchange)-[:UNDER]->(:Agreement)-[:AGREED_AT]->(:Negotiation)-[:TOOK_PLACE_IN]->(:Node)-[:LOCATED_IN*0..4]->(${m}:State)`,
  ],
];

interface MediatorVars { m: Var; how: Var; p: Var }
export const MEDIATOR = {
  node: ({ m }, sel) => ref(m, sel),
  mediation: ({ how }) => expr(cypher`${how}`),
  role: ({ how, p }) => {
    const r = new Var('r');
    return expr(cypher`CASE ${how} WHEN 'HOSTED_TALKS' THEN 'host' ELSE [${r} IN relationships(${p}) WHERE type(${r}) = 'MEDIATED_BY'][0].role END`);
  },
  path: ({ p }, sel) => pathLinks(p, sel, false),
  // The mediation is as trusted as the least trusted relationship of its path; curated, it is the MEDIATED_BY or TOOK_PLACE_IN one.
  provenance: ({ p }, sel) => {
    const r = new Var('r');
    return first(
      cypher`UNWIND relationships(${p}) AS ${r}`,
      relationshipProvenance(r, sel),
      cypher`CASE WHEN ${isCurated(r)} THEN 1 ELSE 0 END, coalesce(${r}.confidence, 1), CASE WHEN type(${r}) IN ['MEDIATED_BY', 'TOOK_PLACE_IN'] THEN 0 ELSE 1 END`,
    );
  },
} satisfies Table<Mediator, MediatorVars>;

/**
 * Every path from `x` to a mediator, shortest first; then the first of each
 * (mediator, kind). Always expanded from the exchange: matching again with
 * the mediator bound would let Neo4j start from the mediator, a hub. No
 * aggregating function: Neo4j refuses one inside a COLLECT that sits in a
 * projection with outer variables.
 */
const mediators: Project<Var> = (x, sel) => {
  const m = new Var('m');
  const how = new Var('how');
  const path = new Var('path');
  const found = new Var('found');
  const i = new Var('i');
  const j = new Var('j');
  const e = new Var('e');
  const p = new Var('p');
  const branches = new Text(
    MEDIATOR_PATHS.flatMap(([kind, pattern], k) => [
      ...(k === 0 ? [] : [' UNION ']),
      cypher`MATCH ${path} = ${pattern(x, m)}${where(sel, { paths: [path] })} RETURN ${path}, ${m}, ${raw(`'${kind}'`)} AS ${how}`,
    ]),
  );
  return collect(
    cypher`WITH COLLECT { CALL (${x}) { ${branches} } RETURN {m: ${m}, how: ${how}, path: ${path}} ORDER BY length(${path}) } AS ${found}
      UNWIND range(0, size(${found}) - 1) AS ${i}
      WITH ${found}[${i}] AS ${e}, ${found}, ${i}
      WHERE NOT any(${j} IN range(0, ${i} - 1) WHERE ${found}[${j}].m = ${e}.m AND ${found}[${j}].how = ${e}.how)
      WITH ${e}.m AS ${m}, ${e}.how AS ${how}, ${e}.path AS ${p}`,
    project('Mediator', MEDIATOR, { m, how, p }, sel),
    cypher`${how}, ${m}.name`,
  );
};

/**
 * Figures about `x` that disagree: grouped by direction, category and
 * status; a group conflicts when it holds different exact values stated by
 * different claimants.
 */
interface ConflictVars { to: Var; by: Var; category: Var; status: Var; figures: Var }
export const CONFLICT = {
  returnedTo: ({ to }, sel) => caseOf([[cypher`${to} IS NULL`, expr(cypher`null`)]], ref(to, sel)),
  releasedBy: ({ by }, sel) => caseOf([[cypher`${by} IS NULL`, expr(cypher`null`)]], ref(by, sel)),
  category: ({ category }) => expr(cypher`${category}`),
  status: ({ status }) => expr(cypher`${status}`),
  figures: ({ figures }, sel) => {
    const f = new Var('f');
    return collect(cypher`UNWIND ${figures} AS ${f}`, figure(f, sel), cypher`${f}.value, ${f}.id`);
  },
  // A conflict is as trusted as the least trusted of its figures.
  provenance: ({ figures }, sel) => {
    const f = new Var('f');
    return first(cypher`UNWIND ${figures} AS ${f}`, provenance(f, sel), cypher`CASE WHEN ${isCurated(f)} THEN 1 ELSE 0 END, coalesce(${f}.confidence, 1), ${f}.id`);
  },
} satisfies Table<Conflict, ConflictVars>;

/**
 * Figures `a` and `b` disagree: exact values that differ for the same
 * direction (returned to, released by), category and status, from different
 * claimants (the article's own voice being one). Used by `Exchange.conflicts`
 * and the `hasConflicts` filter alike.
 */
export function conflictingPair(a: Var, b: Var, curatedOnly = false): Text {
  const targets = (f: Var, type: string, order = false) => {
    const s = new Var('s');
    return cypher`COLLECT { MATCH (${f})-[:${raw(type)}]->(${s}) RETURN ${s}.id${raw(order ? ` ORDER BY ` : '')}${order ? cypher`${s}.id` : cypher``} }`;
  };
  return cypher`${a}.qualifier = 'exact' AND ${b}.qualifier = 'exact' AND ${a}.value <> ${b}.value
      AND ${a}.category = ${b}.category AND ${a}.status = ${b}.status
      AND ${targets(a, 'RETURNED_TO')} = ${targets(b, 'RETURNED_TO')}
      AND ${targets(a, 'RELEASED_BY')} = ${targets(b, 'RELEASED_BY')}
      AND ${targets(a, 'STATED_BY', true)} <> ${targets(b, 'STATED_BY', true)}${curatedOnly ? cypher` AND ${isCurated(a)} AND ${isCurated(b)}` : cypher``}`;
}

const conflicts: Project<Var> = (x, sel) => {
  const v: ConflictVars = { to: new Var('to'), by: new Var('by'), category: new Var('cat'), status: new Var('st'), figures: new Var('fs') };
  const f = new Var('f');
  const g = new Var('g');
  const member = new Var('f');
  const partner = new Var('g');
  const target = (fig: Var, type: string) => {
    const s = new Var('s');
    return cypher`COLLECT { MATCH (${fig})-[:${raw(type)}]->(${s}) RETURN ${s} }[0]`;
  };
  // Its members: the figures of the group's direction, category and status that disagree with one another.
  const members = cypher`COLLECT { MATCH (${member}:Figure)-[:ABOUT]->(${x})
      WHERE ${member}.category = ${v.category} AND ${member}.status = ${v.status}
        AND coalesce(${target(member, 'RETURNED_TO')}.id, '') = coalesce(${v.to}.id, '')
        AND coalesce(${target(member, 'RELEASED_BY')}.id, '') = coalesce(${v.by}.id, '')
        AND EXISTS { MATCH (${partner}:Figure)-[:ABOUT]->(${x}) WHERE ${conflictingPair(member, partner, sel.curatedOnly)} }
      RETURN ${member} }`;
  return collect(
    cypher`MATCH (${f}:Figure)-[:ABOUT]->(${x}) WHERE EXISTS { MATCH (${g}:Figure)-[:ABOUT]->(${x}) WHERE ${conflictingPair(f, g, sel.curatedOnly)} }
      WITH DISTINCT ${target(f, 'RETURNED_TO')} AS ${v.to}, ${target(f, 'RELEASED_BY')} AS ${v.by}, ${f}.category AS ${v.category}, ${f}.status AS ${v.status}
      WITH ${v.to}, ${v.by}, ${v.category}, ${v.status}, ${members} AS ${v.figures}`,
    project('Conflict', CONFLICT, v, sel),
    cypher`${v.category}, ${v.status}`,
  );
};

export const EXCHANGE = {
  id: prop('id'),
  name: prop('name'),
  aliases,
  label: prop('label'),
  description: prop('description'),
  startDate: prop('startDate'),
  endDate: prop('endDate'),
  datePrecision: precision,
  notBefore: prop('notBefore'),
  notAfter: prop('notAfter'),
  articles: (x, sel) => {
    const [p, a] = [new Var('p'), new Var('a')];
    // With curatedOnly, only through curated phases, claims and links to their passages.
    return collect(
      cypher`MATCH ${sel.curatedOnly ? cypher`${p} = ` : cypher``}(${x})<-[:PHASE_OF*0..3]-(:Exchange)<-[:ABOUT*0..1]-(:Node)-[:EVIDENCED_BY]->(:Evidence)-[:IN]->(${a}:Article)${where(sel, { paths: [p] })} WITH DISTINCT ${a}`,
      article(a, sel),
      cypher`${a}.id`,
    );
  },
  evidence: nodeEvidence,
  phaseOf: refVia('PHASE_OF'),
  phases: (x, sel) => {
    const [r, p] = [new Var('r'), new Var('p')];
    return collect(cypher`MATCH (${x})<-[${r}:PHASE_OF]-(${p}:Exchange)${where(sel, { facts: [r, p] })}`, refThrough(r, p, sel), cypher`${p}.name`);
  },
  agreement: (x, sel) => {
    const [r, g] = [new Var('r'), new Var('g')];
    return first(cypher`MATCH (${x})-[${r}:UNDER]->(${g}:Agreement)${where(sel, { facts: [r, g] })}`, project('Agreement', AGREEMENT, g, sel));
  },
  mediators,
  participants: links({ type: 'BETWEEN', outgoing: true }),
  involved: links({ type: 'INVOLVED', outgoing: true }),
  places: links({ type: 'TOOK_PLACE_IN', outgoing: true }),
  figures: claims('Figure', 'ABOUT'),
  statements: claims('Statement', 'ABOUT'),
  links: links({ except: ['PHASE_OF', 'MEDIATED_BY', 'BETWEEN', 'INVOLVED', 'TOOK_PLACE_IN', 'UNDER', ...CLAIM_LINKS] }),
  conflicts,
  provenance,
} satisfies Table<Exchange, Var>;
export const exchange = (x: Var, sel: Selection): Expr => project('Exchange', EXCHANGE, x, sel, [label(x)]);

const ENTITY = {
  id: prop('id'),
  name: prop('name'),
  aliases,
  label: prop('label'),
  description: prop('description'),
  evidence: nodeEvidence,
  provenance,
};
const ACTOR_LINKS = { except: ['HOLDS_ROLE', ...CLAIM_LINKS] };
const EVENT_LINKS = { except: CLAIM_LINKS };
export const ACTOR = {
  ...ENTITY,
  roles: links({ type: 'HOLDS_ROLE', outgoing: true }),
  statements: claims('Statement', 'STATED_BY', 'capped'),
  statementCount: claimCount('Statement', 'STATED_BY'),
  figures: claims('Figure', 'STATED_BY', 'capped'),
  figureCount: claimCount('Figure', 'STATED_BY'),
  links: links(ACTOR_LINKS, 'capped'),
  linkCount: linkCount(ACTOR_LINKS),
} satisfies Table<Actor, Var>;
export const EVENT = {
  ...ENTITY,
  startDate: prop('startDate'),
  endDate: prop('endDate'),
  datePrecision: precision,
  notBefore: prop('notBefore'),
  notAfter: prop('notAfter'),
  statements: claims('Statement', 'ABOUT', 'capped'),
  statementCount: claimCount('Statement', 'ABOUT'),
  figures: claims('Figure', 'ABOUT', 'capped'),
  figureCount: claimCount('Figure', 'ABOUT'),
  links: links(EVENT_LINKS, 'capped'),
  linkCount: linkCount(EVENT_LINKS),
} satisfies Table<Event, Var>;

const EVENT_LABELS = ['Negotiation', 'Agreement', 'Release'];

/**
 * Whatever `n` is, in the shape of its GraphQL type (`typeOf` in src/api/node
 * picks the type by label): any Node, or only an Entity (exchange, event, actor).
 */
export const anyNode = (n: Var, sel: Selection, of: 'Node' | 'Entity' = 'Node'): Expr =>
  caseOf(
    [
      [cypher`${n}:Exchange`, exchange(n, sel)],
      ...(of === 'Node'
        ? ([
            [cypher`${n}:Statement`, statement(n, sel)],
            [cypher`${n}:Figure`, figure(n, sel)],
            [cypher`${n}:Article`, article(n, sel)],
            [cypher`${n}:Evidence`, evidence({ e: n }, sel)],
          ] as const)
        : []),
      [cypher`${n}.label IN ${names(EVENT_LABELS)}`, project('Event', EVENT, n, sel, [label(n)])],
    ],
    project('Actor', ACTOR, n, sel, [label(n)]),
  );
