import { contentHash } from '../facts/facts';
import { readDateline } from './stages/dates';
import type { Span } from './span';

export const MAX_BYTES = 1_000_000;

/** An article as it arrives, with what the caller knows of it. */
export interface ArticleOptions {
  id?: string;
  title?: string;
  publishedAt?: string;
  url?: string;
  source?: string;
}

export interface Article {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  /** Where the text states its date (evidence of publishedAt). */
  dateline: Span | null;
  /** The headline line, when the text opens with one. */
  headline: Span | null;
  url: string | null;
  source: string | null;
}

export class ArticleRefused extends Error {
  override name = 'ArticleRefused';
}

/** The same text is the same article: its id is a hash of its content unless one is given. */
export function contentId(text: string): string {
  return `a-${contentHash(text).slice(0, 16)}`;
}

/**
 * Bytes to an article: refused (with the reason) when empty, binary, not
 * UTF-8 or over 1 MB. The first line is the headline when it reads like one;
 * a dateline ("Kyiv, 12 March 2024", "date 2024-01-04") near the top gives
 * the publication date. Options override both.
 */
export function readArticle(bytes: Uint8Array, options: ArticleOptions = {}): Article {
  if (bytes.length === 0) throw new ArticleRefused('empty file');
  if (bytes.length > MAX_BYTES) throw new ArticleRefused(`${bytes.length} bytes is over the 1 MB limit`);
  if (bytes.includes(0)) throw new ArticleRefused('binary file (it holds NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleRefused('not UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ArticleRefused('empty file (white space only)');
  if (options.publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.publishedAt)) {
    throw new ArticleRefused(`publishedAt "${options.publishedAt}" is not a date written YYYY-MM-DD`);
  }
  const lines = text.split('\n');
  const first = lines[0].trim();
  const headline = first.length > 0 && first.length <= 160 && !/[.!?]["”]?$/.test(first) && readDateline(first) === null ? first : null;
  let dateline: Span | null = null;
  let publishedAt: string | null = null;
  let offset = 0;
  for (const line of lines.slice(0, 4)) {
    // A short line that is a full date ("KYIV, Feb 9, 2025", "Published On 14 Aug 2025"), or "date 2024-01-04" opening a paragraph.
    const short = line.trim().length <= 60 && !/[.!?]["”]?$/.test(line.trim()) ? line.trim() : null;
    const stated = short && readDateline(short) ? short : /^\s*date\s+\d{4}-\d{2}-\d{2}/.exec(line)?.[0].trim();
    const date = stated ? readDateline(stated) : null;
    if (stated && date) {
      const start = offset + line.indexOf(stated);
      dateline = { start, end: start + stated.length };
      publishedAt = date;
      break;
    }
    offset += line.length + 1;
  }
  return {
    id: options.id ?? contentId(text),
    text,
    title: options.title ?? headline,
    publishedAt: options.publishedAt ?? publishedAt,
    dateline,
    headline: headline === null ? null : { start: text.indexOf(headline), end: text.indexOf(headline) + headline.length },
    url: options.url ?? null,
    source: options.source ?? null,
  };
}
