/**
 * Fixed projections, kept for the timeline (src/query/timeline.ts) until it
 * projects by selection like the other root fields (src/query/select/fields.ts);
 * the shapes are those of the GraphQL types. Article texts only with `$withText`.
 */

export const ref = (n: string): string => `${n} {.id, .label, .name, aliases: coalesce(${n}.aliases, [])}`;

const targets = (f: string, type: string): string =>
  `COLLECT { MATCH (${f})-[:${type}]->(${f}_t:Node) RETURN ${ref(`${f}_t`)} ORDER BY ${f}_t.name }`;

/** Provenance (src/query/select/fields.ts, PROVENANCE) in full: a figure of the timeline is small. */
const provenance = (f: string): string =>
  `{status: coalesce(${f}.reviewStatus, 'curated'), confidence: ${f}.confidence, reviewedBy: ${f}.reviewedBy, reviewedAt: ${f}.reviewedAt,
     run: COLLECT { MATCH (${f}_r:Run {id: ${f}.runId}) RETURN ${f}_r {.id, .extractor, .version, .startedAt,
       article: COLLECT { MATCH (${f}_ra:Article {id: ${f}_r.articleId}) RETURN ${f}_ra {.id, .label, .title, .publishedAt, text: CASE WHEN $withText THEN ${f}_ra.text END} }[0]} }[0],
     corrections: COLLECT { MATCH (${f}_c:Correction)-[:CORRECTS]->(${f}) RETURN ${f}_c {.field, .from, .to, .by, .at} ORDER BY ${f}_c.at }}`;

export const figure = (f: string): string =>
  `${f} {.id, .label, .name, .value, .qualifier, .category, .status, .counts, .flag, .flagNote,
     statedBy: ${targets(f, 'STATED_BY')}, about: ${targets(f, 'ABOUT')},
     returnedTo: ${targets(f, 'RETURNED_TO')}[0], releasedBy: ${targets(f, 'RELEASED_BY')}[0],
     provenance: ${provenance(f)},
     evidence: COLLECT { MATCH (${f})-[:EVIDENCED_BY]->(${f}_e:Evidence)-[:IN]->(${f}_a:Article)
       RETURN ${f}_e {.id, .label, .quote, .sentence, article: ${f}_a {.id, .label, .title, .publishedAt, text: CASE WHEN $withText THEN ${f}_a.text END}}
       ORDER BY ${f}_a.id, ${f}_e.id }}`;
