/**
 * Where one sentence ends and the next begins: a full stop, question or
 * exclamation mark (and a closing quote) before a capital or digit, or a line
 * break. Evidence (sentenceAround) and the extractor (src/extract/stages/sentences.ts)
 * cut articles with this one rule.
 */
const BOUNDARY = /[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])|\n+/g;

/**
 * Full stops that end an abbreviation, not a sentence: a month before its day
 * ("on Aug. 24", wire style) and a title before a name ("Mr. Witkoff").
 */
const MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const TITLE = /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Prof|St)$/;
const abbreviation = (text: string, stop: number, next: string): boolean => {
  const word = text.slice(Math.max(0, stop - 5), stop);
  return text[stop] === '.' && ((MONTH.test(word) && /\d/.test(next)) || (TITLE.test(word) && /[A-Z]/.test(next)));
};

/** The sentences of a text as [start, end) offsets, white space trimmed, empty ones left out. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    if (abbreviation(text, match.index, text[match.index + match[0].length] ?? '')) continue;
    push(match.index + match[0].trimEnd().length);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/**
 * Finds the sentence of an article that holds a quote, so that evidence can
 * show the whole sentence around the clause a curator picked. A quote that
 * runs over a boundary gets every sentence it touches.
 */
export function sentenceAround(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error('quote not in text');
  const spans = sentenceSpans(text);
  const first = spans.find((s) => s.end > at) ?? spans[spans.length - 1];
  const last = [...spans].reverse().find((s) => s.start < at + quote.length) ?? first;
  return text.slice(first.start, Math.max(last.end, first.end)).trim();
}
