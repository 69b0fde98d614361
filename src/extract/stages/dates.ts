import * as chrono from 'chrono-node';
import type { Stage } from '../context';
import type { Span } from '../span';
import type { Sentence } from './sentences';

/** A date as the facts hold it (src/facts/schema.ts dateSchema): what is stated, with its precision. */
export interface DateValue {
  start?: string;
  precision: 'day' | 'month' | 'year' | 'unknown';
  notBefore?: string;
  notAfter?: string;
}

export interface DateMention extends Span {
  sentence: number;
  text: string;
  value: DateValue;
  /** Read against the publication date ("on Friday", "earlier this month"). */
  relative: boolean;
  /** Introduced by "since": the start of a running total. */
  since: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const RELATIVE = /\b(?:now|yesterday|today|this|last|next|earlier|later|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const BARE_YEAR = /\b(?:in|since|during|of|by|throughout)\s+((?:19|20)\d{2})\b(?![-–]\d)/g;

function isoOf(c: chrono.ParsedComponents, yearsBack = 0): { day: string; month: string; year: string } {
  const y = c.get('year')! - yearsBack;
  const m = c.get('month')!;
  const d = c.get('day')!;
  return { day: `${y}-${pad(m)}-${pad(d)}`, month: `${y}-${pad(m)}-01`, year: `${y}-01-01` };
}

/** Words before a month that point forward ("talks planned for March"): leave the year chrono reads. */
const FUTURE_BEFORE = /\b(?:will|next|planned|plans?|expected|scheduled|due|set|by|until|before)\b[^.]{0,20}$/i;

/** The Sunday that ended the week before the one `day` is in (weeks run Monday to Sunday). */
function sundayBefore(day: Date): string {
  const back = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A weekday alone is the latest such day on or before the article's date (eval/README.md, "Dates"): chrono reads
 * the nearest one, so "on Monday" in a Friday article would be the Monday to come. "Next Monday" stays ahead, and
 * so does what names no weekday ("this weekend").
 */
function weekdayBefore(c: chrono.ParsedComponents, day: string, text: string, published: Date | undefined): string {
  if (!published || c.isCertain('day') || !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text) || /\b(?:next|coming)\b/i.test(text)) return day;
  const at = Date.parse(`${day}T12:00:00Z`);
  return at > published.getTime() ? new Date(at - 7 * 86_400_000).toISOString().slice(0, 10) : day;
}

/**
 * The anchor that lets a year-less date ("on 16 May") be read: the latest
 * fully written date of the article, only when the article has no date of
 * its own. Relative dates are never read against it.
 */
function anchorOf(text: string): Date | undefined {
  const full = chrono.parse(text).filter((r) => r.start.isCertain('year') && r.start.isCertain('month'));
  const dates = full.map((r) => r.start.date().getTime());
  return dates.length ? new Date(Math.max(...dates)) : undefined;
}

/**
 * Dates in each sentence, read with chrono-node against the publication date,
 * keeping what is stated: "on 23 May 2025" a day, "in February 2022" a month,
 * "in 2025" a year, "on Friday" a day only when the article is dated. Without
 * a publication date, relative dates stay unread (reported).
 */
export const dates: Stage<Sentence[], DateMention[]> = {
  name: 'dates',
  run(sentences, ctx) {
    const published = ctx.article.publishedAt ? new Date(`${ctx.article.publishedAt}T12:00:00Z`) : undefined;
    const anchor = published ?? anchorOf(ctx.article.text);
    const found: DateMention[] = [];
    for (const s of sentences) {
      for (const r of chrono.parse(s.text, anchor ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })) {
        // "On 5 March, 40 soldiers": a number after a comma is not the year.
        const text = r.text.replace(/,\s*\d{1,3}$/, '');
        const parsed = text === r.text ? r : chrono.parse(text, anchor, { forwardDate: false })[0];
        if (!parsed) continue;
        const c = parsed.start;
        // "at 2" (of "at 2,184"), "at 10 am": a time of day alone dates nothing.
        if (c.isCertain('hour') && !['day', 'weekday', 'month', 'year'].some((k) => c.isCertain(k as 'day'))) continue;
        const relative = RELATIVE.test(text) || (!c.isCertain('month') && !c.isCertain('year'));
        const start = s.start + r.index;
        const span = { start, end: start + text.length };
        const since = /\bsince\s+$/i.test(s.text.slice(0, r.index));
        const line = ctx.article.dateline;
        if (/^\d{1,2}:\d{2}|^\d+$|^now$/i.test(text) || (line && span.start < line.end && span.end > line.start)) continue;
        if (relative && !published) {
          ctx.report({ stage: 'dates', span, reason: `"${text}" is relative and the article has no date: left unresolved` });
          continue;
        }
        if (!relative && !c.isCertain('year') && !anchor) continue;
        // "last week": bounds only, up to the Sunday that ended it (eval/README.md, "Dates").
        if (/^last week$/i.test(text) && published) {
          found.push({ ...span, sentence: s.index, text, value: { precision: 'unknown', notAfter: sundayBefore(published) }, relative, since });
          continue;
        }
        // "since March" in a September article: the March before it (chrono may read the nearer, coming one).
        const back = published && !c.isCertain('year') && c.isCertain('month') && !c.isCertain('day') && !relative && !FUTURE_BEFORE.test(s.text.slice(0, r.index)) && c.date() > published;
        const iso = isoOf(c, back ? 1 : 0);
        const value: DateValue =
          c.isCertain('day') || c.isCertain('weekday') || /\b(?:yesterday|today)\b/i.test(text)
            ? { start: weekdayBefore(c, iso.day, text, published), precision: 'day' }
            : c.isCertain('month') || /\bmonth\b/i.test(text)
              ? { start: iso.month, precision: 'month' }
              : { start: iso.year, precision: 'year' };
        found.push({ ...span, sentence: s.index, text, value, relative, since });
      }
      for (const m of s.text.matchAll(BARE_YEAR)) {
        const start = s.start + m.index + m[0].length - m[1].length;
        if (found.some((d) => d.start <= start && d.end > start)) continue;
        found.push({
          start,
          end: start + 4,
          sentence: s.index,
          text: m[1],
          value: { start: `${m[1]}-01-01`, precision: 'year' },
          relative: false,
          since: /^since/i.test(m[0]),
        });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

/** Reads a dateline ("Kyiv, 12 March 2024", "date 2024-01-04") or null. */
export function readDateline(line: string): string | null {
  if (line.length > 80) return null;
  // "08.02.2024": dotted numeric dates are day first (the European form); chrono's default reads month first.
  const [r] = (/\b\d{1,2}\.\d{1,2}\.\d{4}\b/.test(line) ? chrono.en.GB : chrono).parse(line);
  if (!r?.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  return isoOf(r.start).day;
}
