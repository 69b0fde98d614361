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

const TALKS = /\b(?:talks|negotiations|meeting|summit|discussions|consultations|round of talks|(?:delegations|negotiators|ombudsm[ae]n|commissioners) met)\b/i;
const AGREEMENT = /\b(?:agreement|agreed|deal|accord)\b/i;
/** Agreements that are not about prisoners. */
const OTHER_AGREEMENT = /\b(?:peace|ceasefire|grain|trade|prior|previous|gas|transit) (?:agreement|deal|accord)s?\b|\bagreements\b/i;
const PRISONERS = /\b(?:prisoner|captive|exchange|swap|release|POW|1,000|return)/i;
/** Talks that did not take place. */
const NOT_HELD = /\b(?:did not materiali[sz]e|not materiali[sz]ed|were not held|was not held|never took place|refused|propos\w+ that|cancell?ed|called off)\b/i;

/** "a swap agreed at talks in Istanbul": the talks, and the exchange's host, but no agreement of its own (eval/README.md). */
const AGREED_SWAP = /\b(?:exchange|swap|release)s?,?\s+(?:which was |that was )?agreed\s+(?:at|during|in)\b/i;
/** "ended without any agreement", "denied that any agreement had been reached". */
const NO_AGREEMENT = /\b(?:without|no) (?:any )?(?:agreement|deal)\b|\bdenied that (?:any|an) (?:agreement|deal)\b|\bfailed to agree\b/i;
/** "agreement forged earlier this month in", "deal reached in": the words from an agreement to where it was reached. */
const REACHED_IN = /^(?:agreement|agreed|deal|accord)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$/i;
/** A swap reported before the talks in their sentence: a date there is the swap's. */
const SWAP_REPORTED = /\b(?:exchanged?|exchanges|swap(?:ped|s)?|released|freed|handed over|handing over|returned)\b/i;
/** "were held on May 16 and June 2": one round of talks per day. */
const ROUNDS = /\band\s*$/;

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
      const talk = TALKS.exec(s.text);
      // The talks' date follows their mention ("on Friday carried out a swap agreed at talks in Istanbul earlier this month");
      // one before it dates the talks only when no swap is reported before them ("on Sunday completed the exchange agreed at talks").
      const all = dates.filter((d) => d.sentence === s.index && !d.since);
      const near = (at: number): DateMention[] => [
        ...all.filter((d) => d.start >= s.start + at),
        ...(SWAP_REPORTED.test(s.text.slice(0, at)) ? [] : all.filter((d) => d.start < s.start + at)),
      ];
      const here = talk ? near(talk.index) : all;
      const date = here[0]?.value;
      let talks: NegotiationReport | undefined;
      if (talk && place && !NOT_HELD.test(s.text)) {
        // "held on May 16 and June 2": days listed together are rounds of their own.
        const rounds = here.filter((d, i) => d.value.precision === 'day' && (i === 0 || ROUNDS.test(s.text.slice(here[i - 1].end - s.start, d.start - s.start))));
        for (const on of rounds.length > 1 ? rounds.map((d) => d.value) : [date]) {
          // Talks in the same place on another day are another round.
          talks = found.find((n) => n.kind === 'negotiation' && n.place?.id === place.id && !(on && n.date.start && on.start && n.date.start.slice(0, 7) !== on.start.slice(0, 7)) && !(on?.precision === 'day' && n.date.precision === 'day' && n.date.start !== on.start));
          if (talks) {
            talks.evidence.push(evidence);
            if (on && (talks.date.precision === 'unknown' || (on.precision === 'day' && talks.date.precision === 'month' && on.start?.slice(0, 7) === talks.date.start?.slice(0, 7)))) talks.date = on;
          } else {
            talks = { key: `n${found.length + 1}`, kind: 'negotiation', place, date: on ?? { precision: 'unknown' }, evidence: [evidence], agreedAt: null };
            found.push(talks);
          }
        }
      }
      const agreed = AGREEMENT.exec(s.text);
      const ofSwap = AGREED_SWAP.test(s.text) && !/\b(?:agreement|deal|accord)\b/i.test(s.text);
      // "the deal had been reached at a meeting in Abu Dhabi": the agreement already reported, now with its talks.
      // "the agreement reached in Istanbul" after talks in Istanbul: the agreement of those talks, however it is worded.
      const named =
        (/\bthe (?:deal|agreement)\b/i.test(s.text) && found.some((n) => n.kind === 'agreement')) ||
        (/\bthe (?:deal|agreement) (?:reached|forged|negotiated|struck|made) (?:in|at)\b/i.test(s.text) && found.some((n) => n.kind === 'negotiation' && place !== null && n.place?.id === place.id));
      if (agreed && !ofSwap && !NO_AGREEMENT.test(s.text) && (PRISONERS.test(s.text) || named) && !OTHER_AGREEMENT.test(s.text.slice(Math.max(0, agreed.index - 20), agreed.index + 12))) {
        // "an agreement forged in Istanbul": the agreement names its talks.
        // Only where the agreement itself was reached: "deal … chose to stay in Ukraine" names no talks there.
        const reachedIn = placeAfterIn && REACHED_IN.test(s.text.slice(agreed.index, placeAfterIn.start - s.start));
        if (!talks && place && reachedIn) {
          const on = near(agreed.index)[0]?.value ?? { precision: 'unknown' };
          talks = samePlace('negotiation', place) ?? { key: `n${found.length + 1}`, kind: 'negotiation', place, date: on, evidence: [], agreedAt: null };
          if (!found.includes(talks)) found.push(talks);
          talks.evidence.push(evidence);
        }
        // "An agreement reached in Istanbul in July" is another agreement; "the agreement" is the one reported.
        const another = /\b(?:an|another|a separate|a new) (?:agreement|deal)\b/i.test(s.text);
        const existing = another ? undefined : found.find((n) => n.kind === 'agreement' && (talks === undefined || n.agreedAt === null || n.agreedAt === talks.key));
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
    // An agreement is reached where and when its talks were held; with no talks of its own sentence, at the talks
    // the article reported before it ("told reporters that the two sides had agreed to exchange 1,200").
    for (const a of found.filter((n) => n.kind === 'agreement')) {
      a.agreedAt ??= found.filter((n) => n.kind === 'negotiation' && n.evidence[0].sentence <= a.evidence[0].sentence).at(-1)?.key ?? null;
      const at = found.find((n) => n.key === a.agreedAt);
      if (!at) continue;
      a.place ??= at.place;
      if (a.date.precision === 'unknown' && at.date.precision !== 'unknown') a.date = at.date;
    }
    return found;
  },
};
