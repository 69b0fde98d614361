import type { ExtractContext, ExtractProblem } from '../../src/extract/context';
import { type GraphName, buildAliasIndex } from '../../src/extract/gazetteer';
import { type Extraction, extract } from '../../src/extract/pipeline';

/** A context over `text`, with the lexicon's names plus `names`; problems land in `problems`. */
export function contextFor(text: string, options: { publishedAt?: string; names?: GraphName[] } = {}): ExtractContext & { problems: ExtractProblem[] } {
  const problems: ExtractProblem[] = [];
  return { article: { id: 't', text, publishedAt: options.publishedAt }, names: buildAliasIndex(options.names ?? []), report: (p) => void problems.push(p), problems };
}

/** The whole pipeline over a text. */
export function extracted(text: string, publishedAt?: string): Extraction {
  return extract({ id: 't', text, publishedAt }, buildAliasIndex([])).extraction;
}

export const quote = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);
