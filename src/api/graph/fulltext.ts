/** Characters the Lucene query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A user's search text as a Lucene query for the `entity_names` index: every
 * word must match, as a word or the start of one ("mariupol def" finds
 * "defenders of Mariupol"). Null when no word is left to search for.
 */
export function prefixQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w.toLowerCase()));
  return words.length > 0 ? words.map((w) => `${w}*`).join(' AND ') : null;
}
