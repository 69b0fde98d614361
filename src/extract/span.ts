/** A stretch of the article: its quote is `text.slice(start, end)`, verbatim by construction. */
export interface Span {
  start: number;
  end: number;
}

export function quoteOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The smallest span covering all of `spans`. */
export function cover(...spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Trims white space and trailing punctuation off a span, keeping it inside the text. */
export function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}
