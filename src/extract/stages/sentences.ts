import { sentenceSpans } from '../../facts/sentences';
import type { Stage } from '../context';
import type { Span } from '../span';

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** The article cut into sentences with the rule evidence uses (sentenceAround). */
export const sentences: Stage<string, Sentence[]> = {
  name: 'sentences',
  run: (text) => sentenceSpans(text).map((s, index) => ({ ...s, index, text: text.slice(s.start, s.end) })),
};
