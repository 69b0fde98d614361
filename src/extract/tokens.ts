import { aliasKey, foldDiacritics } from '../facts/aliases';
import type { Span } from './span';

export interface Token extends Span {
  text: string;
}

/** Words (with inner apostrophes and dots: "Russia’s", "U.S") and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** How a stretch of text is looked up among alias keys: case, diacritics, dashes and apostrophes folded. */
export function lookupKey(text: string): string {
  return foldDiacritics(aliasKey(text.replace(/[‐‑–—]/g, '-').replace(/[’‘]/g, "'")));
}
