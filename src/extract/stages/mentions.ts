import type { EntityRef, Stage } from '../context';
import type { Span } from '../span';
import { lookupKey, tokenize } from '../tokens';
import type { Sentence } from './sentences';

export interface Mention extends Span {
  sentence: number;
  text: string;
  entity: EntityRef;
  /** Written as a possessive ("Russia’s Kursk region"). */
  possessive: boolean;
}

const MAX_WORDS = 8;

/**
 * Links names to entities through the alias index, longest match first,
 * ignoring case and diacritics. A short all-capital alias ("US", "UN") needs
 * capitals in the text, so "us" stays a pronoun. A name that stands for more
 * than one entity is reported and linked to none.
 */
export const mentions: Stage<Sentence[], Mention[]> = {
  name: 'mentions',
  run(sentences, ctx) {
    const { text } = ctx.article;
    const found: Mention[] = [];
    const keyIndex = new Map<string, string>();
    for (const key of ctx.names.keys()) keyIndex.set(lookupKey(key), key);
    for (const sentence of sentences) {
      const tokens = tokenize(sentence.text, sentence.start);
      for (let i = 0; i < tokens.length; ) {
        let matched = 0;
        for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !matched; n--) {
          const start = tokens[i].start;
          const end = tokens[i + n - 1].end;
          const surface = text.slice(start, end);
          const bare = surface.replace(/\.$/, '');
          for (const [candidate, possessive] of [[surface, false], [bare, false], [bare.replace(/['’]s$/, ''), true]] as const) {
            if (candidate !== surface && candidate === (possessive ? bare : surface)) continue;
            const key = keyIndex.get(lookupKey(candidate));
            if (!key) continue;
            if (/^[a-z.]{1,4}$/.test(key) && candidate === candidate.toLowerCase()) continue;
            const refs = ctx.names.get(key)!;
            const span = { start, end: start + candidate.length };
            if (refs.length > 1) {
              ctx.report({ stage: 'mentions', span, reason: `"${candidate}" names ${refs.map((r) => r.id).join(' and ')}: left unlinked` });
            } else {
              found.push({ ...span, sentence: sentence.index, text: candidate, entity: refs[0], possessive });
            }
            matched = n;
            break;
          }
        }
        i += matched || 1;
      }
    }
    return found;
  },
};
