/**
 * Finds the sentence of an article that holds a quote, so that evidence can
 * show the whole sentence around the clause a curator picked.
 */
export function sentenceAround(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error('quote not in text');
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])|\n+/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    const cut = match.index + match[0].length;
    if (cut <= at) start = cut;
    else if (match.index >= at + quote.length) {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return text.slice(start, end).trim();
}
