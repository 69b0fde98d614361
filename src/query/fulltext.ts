import { badInput } from '../api/errors';

/** Longer than any name or search: refused before it reaches Neo4j (and Lucene). */
export const MAX_TEXT = 200;

export function boundedText(text: string, argument: string): string {
  if (text.length > MAX_TEXT) throw badInput(`"${argument}" is longer than ${MAX_TEXT} characters`, argument);
  return text;
}

/** Characters the Lucene query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A user's words as a Lucene query for the full-text indexes: every word must
 * match, as a word or the start of one ("mariupol def" finds "defenders of
 * Mariupol"); Lucene syntax in the text is searched for, never obeyed.
 */
export function fullTextQuery(text: string, argument = 'text'): string {
  const words = boundedText(text, argument)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w.toLowerCase()));
  if (words.length === 0) throw badInput(`"${argument}" must hold at least one word to search for`, argument);
  return words.map((w) => `${w}*`).join(' AND ');
}
