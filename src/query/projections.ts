/**
 * Cypher map projections, one per shape the API returns. Each takes the name
 * of a bound variable and yields an expression; nested lists are COLLECT
 * subqueries, so a whole answer comes back from one query. Inner variables
 * are named after their parent's (x → x_e → x_e_a), so fragments nest
 * without shadowing. Only names chosen here are spliced in: values always
 * travel as $parameters.
 */

/** An article; its text only when the operation asks for it (`$withText`). */
export const article = (a: string): string =>
  `${a} {.id, .label, .title, .publishedAt, text: CASE WHEN $withText THEN ${a}.text END}`;

const evidenceRow = (e: string, a: string): string => `${e} {.id, .label, .quote, .sentence, article: ${article(a)}}`;

/** The passages stating a node. */
export const nodeEvidence = (n: string): string =>
  `COLLECT { MATCH (${n})-[:EVIDENCED_BY]->(${n}_e:Evidence)-[:IN]->(${n}_a:Article) RETURN ${evidenceRow(`${n}_e`, `${n}_a`)} ORDER BY ${n}_a.id, ${n}_e.id }`;

/** The passages stating a relationship (`r.evidence` holds their ids). */
export const relationshipEvidence = (r: string): string =>
  `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${r}_id MATCH (${r}_e:Evidence {id: ${r}_id})-[:IN]->(${r}_a:Article) RETURN ${evidenceRow(`${r}_e`, `${r}_a`)} ORDER BY ${r}_a.id, ${r}_e.id }`;

export const ref = (n: string): string => `${n} {.id, .label, .name, aliases: coalesce(${n}.aliases, [])}`;

/** A relationship seen from `holder`, towards `other`. */
export const link = (r: string, holder: string, other: string): string =>
  `{node: ${ref(other)}, type: type(${r}), outgoing: startNode(${r}) = ${holder}, role: ${r}.role, title: ${r}.title, how: ${r}.how, basis: ${r}.basis, evidence: ${relationshipEvidence(r)}}`;

/**
 * Every curated relationship of `n`, both ways, as `link`s: one subquery
 * per node rather than one per field. Resolvers pick the types they show
 * (src/api/links.ts); the planner has far less to plan that way.
 */
export const links = (n: string): string =>
  `COLLECT { MATCH (${n})-[${n}_r]-(${n}_m:Node) WHERE ${n}_r.id IS NOT NULL AND NOT type(${n}_r) IN ['ABOUT', 'STATED_BY']
     RETURN ${link(`${n}_r`, n, `${n}_m`)} ORDER BY type(${n}_r), ${n}_m.name }`;

/** A claim's outgoing relationships (STATED_BY, ABOUT, RETURNED_TO, RELEASED_BY) to plain refs. */
const claimTargets = (c: string): string =>
  `COLLECT { MATCH (${c})-[${c}_r]->(${c}_t:Node) RETURN {type: type(${c}_r), node: ${ref(`${c}_t`)}} ORDER BY ${c}_t.name }`;

export const statement = (s: string): string =>
  `${s} {.id, .label, .name, .text, .quote, .channel, .flag, .flagNote, targets: ${claimTargets(s)}, evidence: ${nodeEvidence(s)}}`;

export const figure = (f: string): string =>
  `${f} {.id, .label, .name, .value, .qualifier, .category, .status, .counts, .flag, .flagNote,
     targets: ${claimTargets(f)}, evidence: ${nodeEvidence(f)}}`;

type ClaimLabel = 'Statement' | 'Figure';
const claims = (n: string, label: ClaimLabel, via: 'ABOUT' | 'STATED_BY'): string => {
  const c = `${n}_${label === 'Statement' ? 's' : 'f'}${via === 'ABOUT' ? 'a' : 'b'}`;
  return `COLLECT { MATCH (${c}:${label})-[:${via}]->(${n}) RETURN ${(label === 'Statement' ? statement : figure)(c)} ORDER BY ${c}.id }`;
};

const dates = (n: string): string =>
  `.startDate, .endDate, datePrecision: coalesce(${n}.datePrecision, 'unknown'), .notBefore, .notAfter`;

const negotiation = (n: string): string =>
  `${n} {.id, .name, .startDate, datePrecision: coalesce(${n}.datePrecision, 'unknown'), links: ${links(n)}, evidence: ${nodeEvidence(n)}}`;

const agreement = (g: string): string =>
  `${g} {.id, .name, .startDate, datePrecision: coalesce(${g}.datePrecision, 'unknown'), evidence: ${nodeEvidence(g)},
     negotiation: COLLECT { MATCH (${g})-[:AGREED_AT]->(${g}_n:Negotiation) RETURN ${negotiation(`${g}_n`)} }[0]}`;

export const exchange = (x: string): string =>
  `${x} {.id, .label, .name, aliases: coalesce(${x}.aliases, []), .description, ${dates(x)},
     articles: COLLECT {
       MATCH (${x})<-[:PHASE_OF*0..3]-(:Exchange)<-[:ABOUT*0..1]-(:Node)-[:EVIDENCED_BY]->(:Evidence)-[:IN]->(${x}_a:Article)
       RETURN DISTINCT ${article(`${x}_a`)} ORDER BY ${x}_a.id
     },
     evidence: ${nodeEvidence(x)},
     links: ${links(x)},
     agreement: COLLECT { MATCH (${x})-[:UNDER]->(${x}_g:Agreement) RETURN ${agreement(`${x}_g`)} }[0],
     figures: ${claims(x, 'Figure', 'ABOUT')},
     statements: ${claims(x, 'Statement', 'ABOUT')}}`;

/** Any entity or non-exchange event: its links both ways, its claims made and received. */
export const entity = (n: string): string =>
  `${n} {.id, .label, .name, aliases: coalesce(${n}.aliases, []), .description, ${dates(n)},
     links: ${links(n)},
     statementsBy: ${claims(n, 'Statement', 'STATED_BY')},
     figuresBy: ${claims(n, 'Figure', 'STATED_BY')},
     statementsAbout: ${claims(n, 'Statement', 'ABOUT')},
     figuresAbout: ${claims(n, 'Figure', 'ABOUT')},
     evidence: ${nodeEvidence(n)}}`;

/** Whatever `n` is, in the shape of its GraphQL type (see src/api/node). */
export const anyNode = (n: string): string =>
  `CASE
     WHEN ${n}:Exchange THEN ${exchange(n)}
     WHEN ${n}:Statement THEN ${statement(n)}
     WHEN ${n}:Figure THEN ${figure(n)}
     WHEN ${n}:Article THEN ${article(n)}
     WHEN ${n}:Evidence THEN ${n} {.id, .label, .quote, .sentence, article: COLLECT { MATCH (${n})-[:IN]->(${n}_a:Article) RETURN ${article(`${n}_a`)} }[0]}
     ELSE ${entity(n)}
   END`;
