import type { EntityRef, Stage } from '../context';
import { LEXICON } from '../lexicon';
import type { Span } from '../span';
import type { DateMention } from './dates';
import type { EventReport } from './events';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import type { StatementReport } from './statements';

export interface FigureReport extends Span {
  sentence: number;
  value: number;
  qualifier: 'exact' | 'approximate' | 'at least';
  category: 'people' | 'prisoners' | 'servicemen' | 'civilians';
  status: 'reported' | 'planned' | 'cumulative';
  returnedTo: EntityRef | null;
  releasedBy: EntityRef | null;
  /** Who stated it; null: the article's own voice. */
  claimant: EntityRef | null;
  flag: 'unverified' | 'inconsistent' | null;
  /** The event it counts (null: a running total or a count of no reported event). */
  event: string | null;
  /** A running total's start ("since March 2022"): what makes it cumulative. */
  since: { start: string; precision: 'day' | 'month' | 'year' } | null;
}

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const QUAL = String.raw`(?:(nearly|almost|about|around|approximately|some|roughly|over|more than|at least|up to)\s+)?`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(WORDS).join('|')})`;
const NOUN = `(?:prisoners of war|prisoners|captives|POWs|servicemen|service members|soldiers|troops|fighters|defenders|marines|civilians|individuals|people|persons|citizens|Ukrainians|Russians|commanders|detainees|children|men|women|medics|conscripts|guardsmen|pilots|members)`;
/** A count of people: "nearly 800 individuals", "270 Russian servicemen", "230 of their service members", "Five hundred prisoners", "90 more each". */
const FIGURE = new RegExp(String.raw`(?<![\w,.-])${QUAL}${NUM}(?![\w-]|,\d|\.\d|%)((?:\s+of\s+(?:their|its|our|the|them))?(?:\s+[\p{L}'’-]+){0,2}?\s+${NOUN}\b|\s+(?:more\s+)?each\b|\s+from each\b)?`, 'giu');
const CLAIM_VERB = /\b(?:reported|said|says|stated|announced|announcing|confirmed|revealed|claimed|told|noted|wrote|saying|stating|according to)\b/i;
const EACH = /^\s*(?:more\s+)?(?:each|from each|prisoners each|captives each)\b|\beach side (?:releasing|released|freed|freeing|handing over)\s+$|\bboth sides (?:released|freed)\s+$/i;
const PLANNED = /\b(?:plans? to|planned|aim(?:s|ing)? to|will|to be|expected to|agreed to|set to|complete the release of)\b[^.]{0,60}$/i;
const RUNNING_TOTAL = /\b(?:since (?:the )?(?:start|beginning|onset|outbreak|March|February|\d{4})|in total|so far|to date|as of now|altogether)\b/i;
const UNVERIFIED = /\b(?:cannot|could not|can't|couldn't) be (?:independently )?verified|\bunverified\b|\bposts on (?:X|social media) suggest/i;
const DISPUTED = /\b(?:disputed|contradict\w*|denied)\b/i;
/** "390 people were released by each side", "307 more each", "on a one-for-one basis": one figure per direction. */
const EACH_AFTER = /^[^.;:]{0,60}?\b(?:(?:by|to|on|from|for) each side|each way|(?:on )?a one-for-one basis|more each)\b/i;
/** People counted but not handed over: still held, deported, killed, missing. */
const NOT_HANDED = /^[^.;]{0,40}?\b(?:remain(?:s|ed)? (?:in|held)|(?:are|were|is) (?:still |believed to be |being )?held|still (?:held|in captivity)|deported|killed|died|missing|surrendered)\b/i;
/** "Among the Ukrainians freed were …", "Among those returned were …". */
const AMONG = /^Among (?:the |those )?[^,.;]{0,40}?\b(?:were|was)\b/;
/** Said of people who came back ("had been returned", "are back home"), with no side named. */
const RETURNED_HOME = /^[^.;]{0,40}?\b(?:(?:had |have |has )?been (?:returned|repatriated|brought (?:back|home))|(?:are|were) (?:back )?home|returned home|came home)\b/i;

/** The side a speaker belongs to: a state, or the state of a body ("Russian Ministry of Defence" → Russia). */
function partyOf(speaker: EntityRef | null, parties: EntityRef[]): EntityRef | undefined {
  if (!speaker) return undefined;
  const state = speaker.label === 'State' ? speaker.id : (speaker.inState ?? speaker.within?.id ?? LEXICON.find((e) => e.id === speaker.id)?.within);
  return parties.find((p) => p.id === state);
}

/** "Five hundred", "two thousand": a number word times a hundred or a thousand. */
const SCALED = /^(\w+)\s+(hundred|thousand)\b/i;

function category(noun: string): FigureReport['category'] {
  if (/servicemen|service members|soldiers|troops|fighters|defenders|marines|commanders/i.test(noun)) return 'servicemen';
  if (/civilians|children/i.test(noun)) return 'civilians';
  if (/prisoners|captives|POWs|detainees/i.test(noun)) return 'prisoners';
  return 'people';
}

/**
 * Counts of people, each with its direction (who got them back, who let them
 * go), its claimant, its status (reported, planned, running total) and a flag
 * where the article doubts it. "each side releasing 390" is two figures, one
 * per direction; a breakdown ("390 captives—270 soldiers and 120 civilians")
 * shares the direction of the count it breaks down.
 */
export const figures: Stage<
  { sentences: Sentence[]; mentions: Mention[]; dates: DateMention[]; events: EventReport[]; parties: EntityRef[]; statements: StatementReport[] },
  FigureReport[]
> = {
  name: 'figures',
  run({ sentences, mentions, dates, events, parties, statements }) {
    const found: FigureReport[] = [];
    const other = (e: EntityRef | null): EntityRef | null => (e ? (parties.find((p) => p.id !== e.id) ?? null) : null);
    let lastEvent: string | null = null;
    for (const s of sentences) {
      const here = mentions.filter((m) => m.sentence === s.index);
      const event = events.find((e) => e.evidence.some((x) => x.sentence === s.index));
      if (event) lastEvent = event.key;
      const next = sentences.find((x) => x.index === s.index + 1)?.text ?? '';
      const flag = UNVERIFIED.test(s.text) || /^(?:This|The|These) (?:claim|figure|number)s?\b[^.]*\bunverified/i.test(next) ? 'unverified' : DISPUTED.test(s.text) ? 'inconsistent' : null;
      const cumulative = RUNNING_TOTAL.test(s.text);
      const from = cumulative ? dates.find((d) => d.sentence === s.index && d.since)?.value : undefined;
      // A running total without its start stays a plain figure about no event: the model needs `since`.
      const since = from?.start && from.precision !== 'unknown' ? { start: from.start, precision: from.precision } : null;
      let head: FigureReport[] = [];
      let previousEnd: number | null = null;
      let inBreakdown = false;
      for (const m of s.text.matchAll(FIGURE)) {
        const tail = m[3];
        if (!tail) continue;
        const before = s.text.slice(0, m.index);
        if (/(?:age of|aged|under|the)\s+$/i.test(before) && !/\bthe\s+$/i.test(before.slice(-4))) continue;
        const scaled = SCALED.exec(s.text.slice(m.index + (m[1] ? m[0].indexOf(m[2]) : 0)));
        const value = scaled && WORDS[scaled[1].toLowerCase()] ? WORDS[scaled[1].toLowerCase()] * (scaled[2].toLowerCase() === 'hundred' ? 100 : 1000) : (WORDS[m[2].toLowerCase()] ?? Number(m[2].replace(/,/g, '')));
        if (NOT_HANDED.test(s.text.slice(m.index + m[0].length))) continue;
        if (value < 2 && !/^\d/.test(m[2])) continue;
        if (/^(19|20)\d{2}$/.test(m[2])) continue;
        const start = s.start + m.index;
        const span = { start, end: start + m[0].length };
        const qualifier = !m[1] ? 'exact' : /over|more than|at least/i.test(m[1]) ? 'at least' : 'approximate';
        const status: FigureReport['status'] = since ? 'cumulative' : PLANNED.test(before) ? 'planned' : 'reported';
        // "…, Ukrainian officials say", "It said…", a quote: whoever the sentence's statement is by.
        const claimant = claimantOf(s, here, start) ?? statements.find((x) => x.sentence === s.index)?.speaker ?? null;
        const base = {
          ...span, sentence: s.index, value, qualifier, category: category(tail), status, claimant, flag,
          event: cumulative ? null : (event?.key ?? lastEvent), since,
        } as const;
        // "390 captives—270 soldiers and 120 civilians": the counts after the dash break the first one down.
        const gap = previousEnd === null ? '' : s.text.slice(previousEnd - s.start, m.index);
        inBreakdown = head.length > 0 && previousEnd !== null &&
          (/^\s*(?:[—–-]|,?\s*(?:including|of whom|among them))\s*$/.test(gap) || (gap.length < 60 && /,\s*(?:including|of whom|among them|among whom)\s*$/.test(gap)) || (inBreakdown && /^\s*(?:,|and|,\s*and)\s*$/.test(gap)));
        previousEnd = span.end;
        if (inBreakdown && !/\b(?:Ukrainian|Russian)\b/.test(tail)) {
          for (const h of head.filter((x) => x.value > value)) found.push({ ...base, returnedTo: h.returnedTo, releasedBy: h.releasedBy });
          continue;
        }
        const each = EACH.test(tail) || EACH.test(before.slice(-40)) || /^\s+each\b/.test(s.text.slice(m.index + m[0].length)) || EACH_AFTER.test(s.text.slice(m.index + m[0].length));
        if (each) {
          head = parties.length === 2
            ? [{ ...base, returnedTo: parties[0], releasedBy: parties[1] }, { ...base, returnedTo: parties[1], releasedBy: parties[0] }]
            : [{ ...base, returnedTo: null, releasedBy: null }];
          found.push(...head);
          continue;
        }
        const [found0, stated] = directionOf(s, here, span, tail, claimant, other, parties);
        // "185 Ukrainian servicemen and 20 civilians": a count joined to the one before shares its direction.
        const joined = !found0 && head.length === 1 && /^\s*(?:and|,|,\s*and)\s*$/.test(gap) ? head[0] : undefined;
        // "Among the Ukrainians freed were 10 soldiers": the people they are among say where they went.
        const among = AMONG.exec(s.text);
        const amongSide = among ? here.find((x) => x.entity.label === 'State' && x.start < s.start + among[0].length && x.end <= start && parties.some((p) => p.id === x.entity.id)) : undefined;
        // "The Russian Defence Ministry said 22 servicemen had been returned": a side speaking of its own people coming back.
        const ownSide = RETURNED_HOME.test(s.text.slice(m.index + m[0].length)) ? partyOf(claimant, parties) : undefined;
        const returnedTo = found0 ?? joined?.returnedTo ?? amongSide?.entity ?? ownSide ?? null;
        // Whoever got people back in an exchange (or over many) got them from the other side; a release names its sides.
        const ev = events.find((e) => e.key === base.event);
        const isParty = returnedTo !== null && parties.some((p) => p.id === returnedTo.id);
        const releasedBy = stated ?? joined?.releasedBy ??
          (ev?.kind === 'release' && ev.sides[1]?.id === returnedTo?.id ? ev.sides[0] : isParty && ev?.kind !== 'release' ? other(returnedTo) : null);
        head = [{ ...base, returnedTo, releasedBy }];
        found.push(...head);
      }
    }
    return found;
  },
};

/** Whoever the sentence says stated the figure at `at`: the subject of the verb of saying before it, or "according to X". */
function claimantOf(s: Sentence, here: Mention[], at: number): EntityRef | null {
  const speaker = (m: Mention): boolean => ['Person', 'Organization', 'State'].includes(m.entity.label);
  const according = /\baccording to\s+/i.exec(s.text);
  if (according) {
    const m = here.find((x) => x.start >= s.start + according.index && speaker(x));
    if (m) return m.entity;
  }
  const verbs = [...s.text.matchAll(new RegExp(CLAIM_VERB.source, 'gi'))].filter((v) => s.start + v.index < at);
  const verb = verbs.pop();
  if (!verb) return null;
  const from = s.start + (verbs.length ? verbs[verbs.length - 1].index + verbs[verbs.length - 1][0].length : 0);
  const candidates = here.filter((x) => x.start >= from && x.end <= s.start + verb.index && speaker(x));
  const subject = candidates.filter((x) => x.entity.label === 'Person').pop() ?? candidates.pop();
  if (!subject) return null;
  // "Ukrainian officials" speak for Ukraine; a bare demonym before a noun ("Russian prisoners") is no speaker.
  const after = s.text.slice(subject.end - s.start);
  if (subject.entity.label === 'State' && !/^\s+(?:officials|authorities|government|side)\b|^\s*(?:has |have )?(?:stated|said|reported|announced|claimed|says|confirmed)\b/i.test(after)) {
    return null;
  }
  return subject.entity;
}

function directionOf(
  s: Sentence,
  here: Mention[],
  span: Span,
  tail: string,
  claimant: EntityRef | null,
  other: (e: EntityRef | null) => EntityRef | null,
  parties: EntityRef[],
): [EntityRef | null, EntityRef | null] {
  const rel = (m: Mention): number => m.start - s.start;
  const demonym = here.find((m) => m.entity.label === 'State' && m.start > span.start && m.end <= span.end);
  // "Ukrainians freed" are people freed, not a state freeing them.
  const subjectReleasing = here.find(
    (m) => m.entity.label === 'State' && !/ians$/i.test(m.text) && m.end <= span.start && /^\s+(?:has |have |had )?(?:released|freed|handed over|handed back|returned|repatriated)\b/i.test(s.text.slice(m.end - s.start)),
  );
  const receivingVerb = here.find(
    (m) => m.entity.label === 'State' && /^\s+(?:has |have |had )?(?:received|got back|welcomed)\b/i.test(s.text.slice(m.end - s.start)),
  );
  const toState = here.find(
    (m) => m.entity.label === 'State' && m.start > span.end && /\b(?:returned to|back to|home to|handed (?:back |over )?to|repatriated to|to)\s+$/i.test(s.text.slice(0, rel(m)).slice(-22)),
  );
  const possessive = /\bof\s+(?:their|its|our)\b/i.test(tail);
  const inExchangeFor = /\bin exchange for\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(0, span.start - s.start));
  // "released 64 Ukrainians in exchange for 22 Russian servicemen": the demonym says who got them back.
  if (inExchangeFor && demonym) return [demonym.entity, other(demonym.entity)];
  if (inExchangeFor && subjectReleasing) return [other(subjectReleasing.entity), subjectReleasing.entity];
  if (possessive && subjectReleasing) return [subjectReleasing.entity, other(subjectReleasing.entity)];
  // "303 Russian servicemen … taken to Belarus": a side's own people go to that side, not to where they are taken.
  const partyDemonym = demonym && toState && !parties.some((p) => p.id === toState.entity.id) ? demonym : undefined;
  const returnedTo =
    partyDemonym?.entity ?? toState?.entity ?? receivingVerb?.entity ?? demonym?.entity ??
    (possessive ? (claimant?.label === 'State' ? claimant : null) : null) ?? null;
  const releasedBy = subjectReleasing && subjectReleasing.entity.id !== returnedTo?.id ? subjectReleasing.entity : null;
  return [returnedTo, releasedBy ?? (returnedTo && subjectReleasing === undefined && /\bfrom\s+(?:\w+\s+)?custody/i.test(s.text) ? other(returnedTo) : null)];
}
