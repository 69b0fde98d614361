import { badInput } from '../api/errors';

/** Longer than any name or search: refused before it reaches Neo4j (and Lucene). */
export const MAX_TEXT = 200;

export function boundedText(text: string, argument: string): string {
  if (text.length > MAX_TEXT) throw badInput(`"${argument}" is longer than ${MAX_TEXT} characters`, argument);
  return text;
}

/**
 * The stop words of the indexes' analyzer (standard-folding: Lucene's English
 * set, as `db.index.fulltext.listAvailableAnalyzers()` lists it). The index
 * holds none of them, so a query word among them could never match.
 */
export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/** Characters the Lucene query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A number written with thousands separators, or long enough to be written with them. */
const NUMBER = /^(\d{1,3}(,\d{3})+|\d{4,})$/;

/** "4,757" and "4757" both: the tokenizer keeps "4,757" whole, and people write either. */
function numberForms(word: string): string[] {
  const bare = word.replace(/,/g, '');
  return [...new Set([bare, bare.replace(/\B(?=(\d{3})+$)/g, ',')])];
}

export interface SearchTerms {
  /** The Lucene query: every word (stop words aside) must match, as a word or the start of one; a quoted phrase as a phrase. */
  query: string;
  /** The words looked for, lower-case, numbers in both forms: what a snippet is cut around. */
  words: string[];
}

/**
 * A user's words as a query for the full-text indexes: "mariupol def" finds
 * "defenders of Mariupol"; stop words need not match ("the Kremlin"); a
 * number matches with or without separators ("1,000-for-1,000", "4757"); a
 * phrase in double quotes is a phrase. Lucene syntax in the text is searched
 * for, never obeyed.
 */
export function searchTerms(text: string, argument = 'text'): SearchTerms {
  const clauses: string[] = [];
  const words: string[] = [];
  const rest = boundedText(text, argument).replace(/"([^"]*)"/g, (_all, phrase: string) => {
    const inner = phrase.replace(LUCENE_SPECIAL, ' ').trim().replace(/\s+/g, ' ');
    if (inner) {
      clauses.push(`"${inner}"`);
      words.push(...inner.toLowerCase().split(' ').filter((w) => !STOP_WORDS.has(w)));
    }
    return ' ';
  });
  // A comma inside a number is kept ("1,000"); elsewhere it separates words.
  const all = rest.replace(LUCENE_SPECIAL, ' ').split(/[\s]+|,(?!\d{3}\b)/).filter((w) => w.length > 0);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  // Only stop words ("to"): look for them as they are rather than for nothing.
  for (const word of meaningful.length > 0 || clauses.length > 0 ? meaningful : all) {
    if (NUMBER.test(word)) {
      const forms = numberForms(word);
      clauses.push(`(${forms.map((f) => `${f}*`).join(' OR ')})`);
      words.push(...forms);
    } else {
      clauses.push(`${word.toLowerCase()}*`);
      words.push(word.toLowerCase());
    }
  }
  if (clauses.length === 0) throw badInput(`"${argument}" must hold at least one word to search for`, argument);
  return { query: [...new Set(clauses)].join(' AND '), words: [...new Set(words)] };
}

/** The Lucene query alone (the `text` filters of lists). */
export const fullTextQuery = (text: string, argument = 'text'): string => searchTerms(text, argument).query;
