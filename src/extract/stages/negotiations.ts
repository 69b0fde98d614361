import type { EntityRef, Stage } from '../context';
import type { Span } from '../span';
import type { DateMention, DateValue } from './dates';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

export interface NegotiationReport {
  key: string;
  kind: 'negotiation' | 'agreement';
  place: EntityRef | null;
  date: DateValue;
  evidence: (Span & { sentence: number })[];
  /** For an agreement: the talks it was reached at. */
  agreedAt: string | null;
}

const TALKS = /\b(?:talks|negotiations|meeting|summit|discussions|consultations|round of talks)\b/i;
const AGREEMENT = /\b(?:agreement|agreed|deal|accord)\b/i;
/** Agreements that are not about prisoners. */
const OTHER_AGREEMENT = /\b(?:peace|ceasefire|grain|trade|prior|previous|gas|transit) (?:agreement|deal|accord)s?\b|\bagreements\b/i;
const PRISONERS = /\b(?:prisoner|captive|exchange|swap|release|POW|1,000|return)/i;
/** Talks that did not take place. */
const NOT_HELD = /\b(?:did not materiali[sz]e|not materiali[sz]ed|were not held|was not held|never took place|refused|propos\w+ that|cancell?ed|called off)\b/i;

/**
 * Talks (with a place or a date) and agreements to exchange prisoners. An
 * agreement is never an exchange; talks named again ("the discussions in
 * Istanbul") are the same talks.
 */
export const negotiations: Stage<{ sentences: Sentence[]; mentions: Mention[]; dates: DateMention[] }, NegotiationReport[]> = {
  name: 'negotiations',
  run({ sentences, mentions, dates }) {
    const found: NegotiationReport[] = [];
    const samePlace = (kind: string, place: EntityRef | null): NegotiationReport | undefined =>
      found.find((n) => n.kind === kind && (n.place?.id ?? null) === (place?.id ?? null));
    for (const s of sentences) {
      const evidence = { start: s.start, end: s.end, sentence: s.index };
      const placeAfterIn = mentions.find(
        (m) =>
          m.sentence === s.index &&
          ['Place', 'State'].includes(m.entity.label) &&
          /\bin\s+$/.test(s.text.slice(0, m.start - s.start).slice(-4)) &&
          !/^[-‐]/.test(s.text.slice(m.end - s.start)),
      );
      const place = placeAfterIn?.entity ?? null;
      const date = dates.find((d) => d.sentence === s.index && !d.since)?.value;
      let talks: NegotiationReport | undefined;
      const talk = TALKS.exec(s.text);
      if (talk && place && !NOT_HELD.test(s.text)) {
        talks = samePlace('negotiation', place);
        if (talks) {
          talks.evidence.push(evidence);
          if (talks.date.precision === 'unknown' && date) talks.date = date;
        } else {
          talks = { key: `n${found.length + 1}`, kind: 'negotiation', place, date: date ?? { precision: 'unknown' }, evidence: [evidence], agreedAt: null };
          found.push(talks);
        }
      }
      const agreed = AGREEMENT.exec(s.text);
      if (agreed && PRISONERS.test(s.text) && !OTHER_AGREEMENT.test(s.text.slice(Math.max(0, agreed.index - 20), agreed.index + 12))) {
        // "an agreement forged in Istanbul": the agreement names its talks.
        if (!talks && place) {
          talks = samePlace('negotiation', place) ?? { key: `n${found.length + 1}`, kind: 'negotiation', place, date: { precision: 'unknown' }, evidence: [], agreedAt: null };
          if (!found.includes(talks)) found.push(talks);
          talks.evidence.push(evidence);
        }
        const existing = found.find((n) => n.kind === 'agreement' && (talks === undefined || n.agreedAt === null || n.agreedAt === talks.key));
        if (existing) {
          existing.evidence.push(evidence);
          existing.agreedAt ??= talks?.key ?? null;
          if (existing.date.precision === 'unknown' && talks?.date.precision !== 'unknown' && talks) existing.date = talks.date;
        } else {
          found.push({
            key: `n${found.length + 1}`,
            kind: 'agreement',
            place: null,
            date: talks?.date ?? { precision: 'unknown' },
            evidence: [evidence],
            agreedAt: talks?.key ?? null,
          });
        }
      }
    }
    return found;
  },
};
