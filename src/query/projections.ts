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

/** Links of `n` whose type passes `where` (a predicate on `<n>_r`), as `link`s. */
const linksWhere = (n: string, where: string, direction: 'out' | 'both' = 'out'): string => {
  const [r, m] = [`${n}_r`, `${n}_m`];
  const arrow = direction === 'out' ? `-[${r}]->` : `-[${r}]-`;
  return `COLLECT { MATCH (${n})${arrow}(${m}:Node) WHERE ${where.replaceAll('$r', r).replaceAll('$m', m)} RETURN ${link(r, n, m)} ORDER BY type(${r}), ${m}.name }`;
};

/** Outgoing links of `n` of the given types (a Cypher list literal of names). */
export const links = (n: string, types: string): string => linksWhere(n, `type($r) IN ${types}`);

const targets = (c: string, type: string, suffix: string): string =>
  `COLLECT { MATCH (${c})-[:${type}]->(${c}_${suffix}:Node) RETURN ${ref(`${c}_${suffix}`)} ORDER BY ${c}_${suffix}.name }`;

const claimCommon = (c: string): string =>
  `statedBy: ${targets(c, 'STATED_BY', 'by')}, about: ${targets(c, 'ABOUT', 'about')}, evidence: ${nodeEvidence(c)}`;

export const statement = (s: string): string =>
  `${s} {.id, .label, .name, .text, .quote, .channel, .flag, .flagNote, ${claimCommon(s)}}`;

export const figure = (f: string): string =>
  `${f} {.id, .label, .name, .value, .qualifier, .category, .status, .counts, .flag, .flagNote,
     returnedTo: ${targets(f, 'RETURNED_TO', 'to')}[0],
     releasedBy: ${targets(f, 'RELEASED_BY', 'from')}[0],
     ${claimCommon(f)}}`;

type ClaimLabel = 'Statement' | 'Figure';
const claims = (n: string, label: ClaimLabel, via: 'ABOUT' | 'STATED_BY'): string => {
  const c = `${n}_${label === 'Statement' ? 's' : 'f'}${via === 'ABOUT' ? 'a' : 'b'}`;
  return `COLLECT { MATCH (${c}:${label})-[:${via}]->(${n}) RETURN ${(label === 'Statement' ? statement : figure)(c)} ORDER BY ${c}.id }`;
};

const dates = (n: string): string =>
  `.startDate, .endDate, datePrecision: coalesce(${n}.datePrecision, 'unknown'), .notBefore, .notAfter`;

const negotiation = (n: string): string =>
  `${n} {.id, .name, .startDate, datePrecision: coalesce(${n}.datePrecision, 'unknown'),
     places: ${links(n, "['TOOK_PLACE_IN']")},
     participants: ${links(n, "['BETWEEN']")},
     mediators: ${links(n, "['MEDIATED_BY']")},
     evidence: ${nodeEvidence(n)}}`;

const agreement = (g: string): string =>
  `${g} {.id, .name, .startDate, datePrecision: coalesce(${g}.datePrecision, 'unknown'), evidence: ${nodeEvidence(g)},
     negotiation: COLLECT { MATCH (${g})-[:AGREED_AT]->(${g}_n:Negotiation) RETURN ${negotiation(`${g}_n`)} }[0]}`;

/** Relationship types an exchange shows in their own fields; the rest go to `links`. */
const EXCHANGE_FIELDS = "['PHASE_OF', 'UNDER', 'MEDIATED_BY', 'BETWEEN', 'INVOLVED', 'TOOK_PLACE_IN', 'ABOUT', 'EVIDENCED_BY']";

export const exchange = (x: string): string =>
  `${x} {.id, .label, .name, aliases: coalesce(${x}.aliases, []), .description, ${dates(x)},
     articles: COLLECT {
       MATCH (${x})<-[:PHASE_OF*0..3]-(:Exchange)<-[:ABOUT*0..1]-(:Node)-[:EVIDENCED_BY]->(:Evidence)-[:IN]->(${x}_a:Article)
       RETURN DISTINCT ${article(`${x}_a`)} ORDER BY ${x}_a.id
     },
     evidence: ${nodeEvidence(x)},
     phaseOf: COLLECT { MATCH (${x})-[:PHASE_OF]->(${x}_up:Exchange) RETURN ${ref(`${x}_up`)} }[0],
     phases: COLLECT { MATCH (${x})<-[:PHASE_OF]-(${x}_ph:Exchange) RETURN ${ref(`${x}_ph`)} ORDER BY ${x}_ph.sortDate, ${x}_ph.id },
     agreement: COLLECT { MATCH (${x})-[:UNDER]->(${x}_g:Agreement) RETURN ${agreement(`${x}_g`)} }[0],
     mediators: ${links(x, "['MEDIATED_BY']")},
     participants: ${links(x, "['BETWEEN']")},
     involved: ${links(x, "['INVOLVED']")},
     places: ${links(x, "['TOOK_PLACE_IN']")},
     links: ${linksWhere(x, `NOT type($r) IN ${EXCHANGE_FIELDS} AND NOT $m:Claim`, 'both')},
     figures: ${claims(x, 'Figure', 'ABOUT')},
     statements: ${claims(x, 'Statement', 'ABOUT')}}`;

/** Any entity or non-exchange event: its links both ways, its claims made and received. */
export const entity = (n: string): string =>
  `${n} {.id, .label, .name, aliases: coalesce(${n}.aliases, []), .description, ${dates(n)},
     roles: ${links(n, "['HOLDS_ROLE']")},
     links: ${linksWhere(n, `$r.id IS NOT NULL AND type($r) <> 'HOLDS_ROLE' AND NOT $m:Claim`, 'both')},
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
