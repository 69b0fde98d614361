import { foldDiacritics } from '../facts/aliases';
import { CURATED } from './provenance';
import { resolveName } from './resolve';
import { NODE_REF, project } from './select/fields';
import type { Selection } from './select/selection';
import { Names, Var, cypher, expr, render } from './select/tree';

/**
 * One query for `search`: first what the text names exactly (a name, alias or
 * id, or the events on a date written as people write it: all of them), then
 * word matches in names and aliases, in claims, in articles, each tier by its
 * Lucene score. Each hit's node is projected as `selection` (the SearchHit)
 * asks, with its id always (what matched is told from it); every hit brings
 * the fields a snippet is cut from; an article brings only its sentences
 * holding a word looked for, not its text.
 */
export function searchQuery(selection: Selection): string {
  const node = new Var('node');
  const projected = project('NodeRef', NODE_REF, node, selection.below('SearchHit', 'node'), [['id', expr(cypher`${node}.id`)]]);
  return `
${resolveName('text', 'named')}
CALL (named, namedCandidates) {
  UNWIND [n IN [named] + namedCandidates WHERE n IS NOT NULL] AS node
  RETURN node, 0 AS tier, 1.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
  RETURN node, 1 AS tier, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $first}) YIELD node, score
  RETURN node, 2 AS tier, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $first}) YIELD node, score
  RETURN node, 3 AS tier, score
}
WITH node, tier, score WHERE NOT $curatedOnly OR ${CURATED('node')}
ORDER BY tier, score DESC
WITH node, head(collect(tier)) AS tier, head(collect(score)) AS score
ORDER BY tier, score DESC, node.id LIMIT $first
RETURN ${render(projected, new Names().bind(node, 'node'))} AS node, tier, score, toString(node.startDate) AS date,
       [f IN [['name', node.name], ['title', node.title], ['text', node.text], ['quote', node.quote]] WHERE f[1] IS NOT NULL AND NOT (node:Article AND f[0] = 'text')]
         + [a IN coalesce(node.aliases, []) | ['alias', a]]
         + CASE WHEN node:Article
             THEN [s IN split(node.text, '. ') WHERE any(w IN $words WHERE toLower(s) CONTAINS w) | ['sentence', s]][..5]
             ELSE [] END AS fields`;
}

const MATCHED_IN = ['name', 'name', 'claim', 'article'] as const;
const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 140;

export interface SearchMatch {
  matchedIn: string;
  field: string;
  snippet: string;
  exact: boolean;
}

const fold = (text: string): string => foldDiacritics(text).toLowerCase();

/** `value` cut around the first of `words` it holds, at word boundaries. */
export function snippetOf(value: string, words: string[]): string {
  const folded = fold(value);
  const at = Math.min(...words.map((w) => folded.indexOf(fold(w))).filter((i) => i >= 0), value.length);
  if (value.length <= SNIPPET_BEFORE + SNIPPET_AFTER) return value.trim();
  let start = Math.max(0, at - SNIPPET_BEFORE);
  let end = Math.min(value.length, at + SNIPPET_AFTER);
  if (start > 0) start = value.indexOf(' ', start) + 1 || start;
  if (end < value.length) end = value.lastIndexOf(' ', end) > at ? value.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${value.slice(start, end).trim()}${end < value.length ? '…' : ''}`;
}

/**
 * What made a hit: for an exact hit, the name or alias equal to the text (or
 * its id, or its date); for a word match, the field holding most of the words,
 * names before texts.
 */
export function describeMatch(
  hit: { tier: number; id: string; date: string | null; fields: [string, string][] },
  text: string,
  words: string[],
): SearchMatch {
  if (hit.tier === 0) {
    const key = fold(text.trim().replace(/\s+/g, ' '));
    const same = hit.fields.find(([field, value]) => ['name', 'alias'].includes(field) && [key, key.replace(/^the /, '')].includes(fold(value)));
    if (same) return { matchedIn: 'name', field: same[0], snippet: same[1], exact: true };
    if (hit.id === text.trim()) return { matchedIn: 'name', field: 'id', snippet: hit.id, exact: true };
    return { matchedIn: 'date', field: 'date', snippet: hit.date ?? text, exact: true };
  }
  const count = (value: string): number => words.filter((w) => fold(value).includes(fold(w))).length;
  const [field, value] = hit.fields.reduce((best, f) => (count(f[1]) > count(best[1]) ? f : best), hit.fields[0] ?? ['name', '']);
  return { matchedIn: MATCHED_IN[hit.tier], field, snippet: snippetOf(value, words), exact: false };
}
