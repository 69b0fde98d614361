import type { EntityRef, Stage } from '../context';
import { LEXICON } from '../lexicon';
import type { Span } from '../span';
import type { DateMention } from './dates';
import type { EventReport } from './events';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import { type StatementReport, VOICE_NOUN } from './statements';

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

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORDS: Record<string, number> = {
  ...UNITS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  ...TENS, hundred: 100, dozen: 12,
};
/** "Sixty-four": tens and a unit, hyphenated as style guides write them. */
const COMPOUND = `(?:${Object.keys(TENS).join('|')})-(?:${Object.keys(UNITS).join('|')})`;
/** A number written in words, compound or not. */
export const wordValue = (word: string): number | undefined => {
  const parts = word.toLowerCase().split('-');
  return parts.every((p) => p in WORDS) ? parts.reduce((sum, p) => sum + WORDS[p], 0) : undefined;
};
/** "over" after "hand(ed|ing)" is the verb's particle ("handing over 303"), not "more than". */
const QUAL = String.raw`(?:(nearly|almost|about|around|approximately|some|roughly|(?<!\bhand(?:s|ed|ing)?\s+)over|more than|at least|up to)\s+)?`;
/** "Russia received the same number of its servicemen": the count it refers to, the one just before. */
const SAME_NUMBER = 'the same number';
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${COMPOUND}|${Object.keys(WORDS).join('|')}|${SAME_NUMBER})`;
const NOUN = `(?:prisoners of war|prisoners|captives|POWs|servicemen|service members|soldiers|troops|fighters|defenders|marines|civilians|individuals|people|persons|citizens|residents|Ukrainians|Russians|commanders|detainees|children|men|women|medics|conscripts|guardsmen|pilots|members)`;
/** Words that end a noun phrase: "24 showed the Russian soldiers", "two sides last exchanged prisoners" count no one. */
const NOT_A_MODIFIER = '(?:the|a|an|sides?|after|before|last|and|or|to|for|from|in|on|at|with|by|were|was|are|is|had|have|has)';
/** "215 Ukrainian and foreign fighters": two modifiers of one noun, joined by "and" (not "60 Ukrainians and …", two nouns). */
const AND_MODIFIER = String.raw`(?:\s+\p{Lu}[\p{L}'’-]*(?<!s)\s+and(?=\s+\p{Ll}))?`;
/** "five of those returned", "three of them": a part of people counted before. */
const OF_THOSE = String.raw`\s+of (?:them|those (?:returned|freed|released|exchanged|swapped|brought (?:back|home))|the (?:returned|freed|released))\b`;
const OF_THOSE_AT_START = new RegExp(`^${OF_THOSE}`, 'iu');
/** A count of people: "nearly 800 individuals", "270 Russian servicemen", "230 of their service members", "Five hundred prisoners", "90 more each". */
const FIGURE = new RegExp(String.raw`(?<![\w,.-])${QUAL}${NUM}(?![\w-]|,\d|\.\d|%)((?:\s+of\s+(?:their|its|our|the|them))?${AND_MODIFIER}(?:\s+(?!${NOT_A_MODIFIER}\b)[\p{L}'’-]+){0,3}?\s+${NOUN}\b|\s+(?:more\s+)?each\b|\s+from each\b|${OF_THOSE})?`, 'giu');
const CLAIM_VERB = /\b(?:reported|said|says|stated|announced|announcing|confirmed|revealed|claimed|suggested|told|noted|wrote|saying|stating|according to)\b/i;
const EACH = /^\s*(?:more\s+)?(?:each|from each|prisoners each|captives each)\b|\beach(?: side)? (?:releasing|released|freed|freeing|handing over|handed over)\s+$|\bboth sides (?:released|freed)\s+$/i;
const PLANNED = /\b(?:plans? to|planned|aim(?:s|ing)? to|will|to be|expected to|agreed to|set to|complete the release of)\b[^.]{0,60}$/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A count over a period rather than of one handover: "since March 2022", "in total", "so far". */
export const RUNNING_TOTAL = new RegExp(String.raw`\b(?:since (?:the )?(?:start|beginning|onset|outbreak|war began|full-scale|${MONTHS}|\d{4})|since it began|in total|so far|to date|as of now|altogether)\b`, 'i');
/**
 * "agreed … to swap 1,200 prisoners", "offered to hand over": an infinitive of handing over is not a handover;
 * "has helped to free 3,000" is one done.
 */
const TO_HAND_OVER = /(?<!\b(?:help(?:s|ed|ing)?|managed)\s+)\bto (?:swap|exchange|release|free|return|trade|hand over|hand back)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** The sentence says the handover it counts has not happened. */
const NOT_YET_HELD = /\b(?:has|have) yet to (?:be carried out|take place|happen)|\b(?:has|have) not yet (?:taken place|been carried out|happened)/i;
/** Bodies and remains are not people handed over; people killed or wounded are not either. */
const NOT_PEOPLE_HANDED = /\b(?:(?:bodies|remains) of|killing|killed|wounding|injuring)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A report the article doubts ("posts … suggested", "citing unnamed sources"; its doubt may follow in the next sentence). */
const HEDGE = /\b(?:suggest(?:s|ed)?|claimed|reportedly|unnamed sources|unconfirmed)\b/i;
/** …of a swap of its own: "an exchange of about 20 prisoners had taken place", "30 soldiers … had been swapped". */
const SWAP_REPORTED = { before: /\b(?:exchange|swap) of\s+$/i, after: /^[^.;]{0,60}?\b(?:had|have|has) been (?:swapped|traded|exchanged)\b/i };
/** A count with no noun that still counts people: "175 were released by each side", "about 1,000 have so far come home". */
const BARE_COUNT = /^\s+(?:(?:have|has|had)\s+)?(?:(?:so far|now|already|also)\s+)?(?:been\s+|were\s+|was\s+)?(?:released|freed|returned|exchanged|swapped|handed over|repatriated|come home|came home)\b/i;
/** "brought the number of captives released … to 5,000", "put the total number … at 2,184": a count with its noun far before. */
const NUMBER_OF = /\bnumber\b((?:(?!\bnumber\b)[^.;]){0,110}?)\b(?:to|at)\s+$/i;
const OF_PEOPLE_FREED = /\b(?:captives|prisoners|people|freed|released|returned|exchanged|swapped)\b/i;
const UNVERIFIED = /\b(?:cannot|could not|can't|couldn't) be (?:independently )?verified|\bunverified\b|\bposts on (?:X|social media) suggest/i;
const DISPUTED = /\b(?:disputed|contradict\w*|denied)\b/i;
/** "390 people were released by each side", "307 more each", "on a one-for-one basis": one figure per direction. */
const EACH_AFTER = /^[^.;:]{0,60}?\b(?:(?:by|to|on|from|for) each side|each way|(?:on )?a one-for-one basis|more each)\b/i;
/** People counted but not handed over: still held, deported, killed, missing. */
const NOT_HANDED = /^[^.;]{0,40}?\b(?:remain(?:s|ed)? (?:in|held)|(?:are|were|is) (?:still |believed to be |being )?held|still (?:held|in captivity)|deported|killed|died|missing|surrendered)\b/i;
/** "Among the Ukrainians freed were …", "Among those returned were …". */
const AMONG = /^Among (?:the |those )?[^.;]{0,40}?\b(?:were|was)\b|\b(?:[Tt]he|[Tt]hose) [^,.;]{0,30}?\b(?:freed|returned|released|who came home|who returned)\s+included\s+$/;
/** "Among those freed were …" names no side: the speaker's own people, else those the event's first count sent home. */
const AMONG_NO_SIDE = /^Among (?:those|them)\b|^Among the (?:freed|released|returned)\b/;
/** "150 of our people", "We received 28 people", "Our people are home. 115 of them": the speaker's own side got them. */
const OUR = /\bof (?:our|ours)\b|\b[Ww]e (?:have |had )?(?:received|got back|brought (?:back|home))\s+$|\bit (?:has |had )?(?:now )?(?:received|brought back|brought home|got back)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Said of people who came back ("had been returned", "are back home"), with no side named. */
const RETURNED_HOME = /^[^.;]{0,40}?\b(?:(?:had |have |has )?been (?:returned|repatriated|brought (?:back|home))|(?:are|were) (?:back )?home|returned home|(?:came|come|gone|went) home)\b/i;

/** The side a speaker belongs to: a state, or the state of a body ("Russian Ministry of Defence" → Russia). */
function partyOf(speaker: EntityRef | null, parties: EntityRef[], mentions: Mention[] = [], text = ''): EntityRef | undefined {
  if (!speaker) return undefined;
  if (speaker.label === 'Person') return titledSide(speaker, parties, mentions, text);
  const state = speaker.label === 'State' ? speaker.id : (speaker.inState ?? speaker.within?.id ?? LEXICON.find((e) => e.id === speaker.id)?.within);
  return parties.find((p) => p.id === state);
}

/**
 * The side a person's title names where the text introduces them: "Ukraine's human rights ombudsman,
 * Dmytro Lubinets", "Russian lawmaker Shamsail Saraliyev", "Tatyana Moskalkova, Russia's commissioner".
 */
function titledSide(person: EntityRef, parties: EntityRef[], mentions: Mention[], text: string): EntityRef | undefined {
  for (const m of mentions.filter((x) => x.entity.id === person.id)) {
    const side = mentions.find((x) => x.sentence === m.sentence && x.entity.label === 'State' && parties.some((p) => p.id === x.entity.id) &&
      ((x.end <= m.start && m.start - x.end <= 60 && /^(?:['’]s)?(?:\s+[\p{L}-]+){0,6},?\s+$/u.test(text.slice(x.end, m.start))) ||
        (x.start >= m.end && /^,\s+(?:the\s+|a\s+)?$/.test(text.slice(m.end, x.start)))));
    if (side) return parties.find((p) => p.id === side.entity.id);
  }
  return undefined;
}

/** "Five hundred", "two thousand": a number word times a hundred or a thousand. */
const SCALED = /^(\w+)\s+(hundred|thousand)\b/i;

/** Two sides said to swap (not "agreed to swap"): "Russia and Ukraine swapped children", "exchanged". */
const SWAPPED = /\b(?:swapped|exchanged|traded)\b/i;

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
  run({ sentences, mentions, dates, events, parties, statements }, ctx) {
    const text = ctx.article.text;
    const found: FigureReport[] = [];
    const other = (e: EntityRef | null): EntityRef | null => (e ? (parties.find((p) => p.id !== e.id) ?? null) : null);
    let lastEvent: string | null = null;
    for (const s of sentences) {
      const here = mentions.filter((m) => m.sentence === s.index);
      // "released 390 on Friday in the first phase of the exchange": a sentence telling a swap and its phase counts the phase's people.
      const told = events.filter((e) => e.evidence.some((x) => x.sentence === s.index));
      const event = told.find((e) => told.some((whole) => whole.key === e.phaseOf)) ?? told[0];
      if (event) lastEvent = event.key;
      const next = sentences.find((x) => x.index === s.index + 1)?.text ?? '';
      const previous = sentences.find((x) => x.index === s.index - 1)?.text ?? '';
      const flag = UNVERIFIED.test(s.text) || /^(?:This|The|These) (?:claim|figure|number)s?\b[^.]*\bunverified/i.test(next) ? 'unverified' : DISPUTED.test(s.text) ? 'inconsistent' : null;
      const cumulative = RUNNING_TOTAL.test(s.text);
      const from = cumulative ? dates.find((d) => d.sentence === s.index && d.since)?.value : undefined;
      // A running total without its start stays a plain figure about no event: the model needs `since`.
      const since = from?.start && from.precision !== 'unknown' ? { start: from.start, precision: from.precision } : null;
      let head: FigureReport[] = [];
      let previousEnd: number | null = null;
      let inBreakdown = false;
      const hedged = HEDGE.test(s.text) || UNVERIFIED.test(s.text) || UNVERIFIED.test(next);
      for (const m of s.text.matchAll(FIGURE)) {
        const before = s.text.slice(0, m.index);
        const after = s.text.slice(m.index + m[0].length);
        const numberOf = m[3] ? null : NUMBER_OF.exec(before);
        const tail = m[3] ?? (BARE_COUNT.test(after) ? '' : numberOf && OF_PEOPLE_FREED.test(numberOf[1]) ? numberOf[1] : undefined);
        if (tail === undefined) continue;
        if (NOT_PEOPLE_HANDED.test(before)) continue;
        // A doubted report of a swap is no event, and its numbers count nothing (eval/README.md, "hedged").
        if (hedged && (SWAP_REPORTED.before.test(before.replace(/(?:about|some|around|nearly)\s+$/i, '')) || SWAP_REPORTED.after.test(after))) continue;
        if (/(?:age of|aged|under|the)\s+$/i.test(before) && !/\bthe\s+$/i.test(before.slice(-4))) continue;
        const scaled = SCALED.exec(s.text.slice(m.index + (m[1] ? m[0].indexOf(m[2]) : 0)));
        const referred = m[2].toLowerCase() === SAME_NUMBER ? found[found.length - 1] : undefined;
        if (m[2].toLowerCase() === SAME_NUMBER && !referred) continue;
        const value = referred?.value ?? (scaled && WORDS[scaled[1].toLowerCase()] ? WORDS[scaled[1].toLowerCase()] * (scaled[2].toLowerCase() === 'hundred' ? 100 : 1000) : (wordValue(m[2]) ?? Number(m[2].replace(/,/g, ''))));
        if (NOT_HANDED.test(after)) continue;
        if (value < 2 && !/^\d/.test(m[2]) && !referred) continue;
        if (/^(19|20)\d{2}$/.test(m[2])) continue;
        const start = s.start + m.index;
        const span = { start, end: start + m[0].length };
        const qualifier = !m[1] ? 'exact' : /over|more than|at least/i.test(m[1]) ? 'at least' : 'approximate';
        const status: FigureReport['status'] = since ? 'cumulative' : PLANNED.test(before) || TO_HAND_OVER.test(before) || NOT_YET_HELD.test(s.text) ? 'planned' : 'reported';
        // "…, Ukrainian officials say", "It said…", a quote: whoever the sentence's statement is by.
        const claimant = claimantOf(s, here, start) ?? statements.find((x) => x.sentence === s.index || (x.start <= s.start && s.end <= x.end))?.speaker ?? null;
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
        const each = EACH.test(tail) || EACH.test(before.slice(-40)) || /^\s+each\b/.test(after) || EACH_AFTER.test(after) || (numberOf !== null && /\beach\b/.test(numberOf[1]));
        if (each) {
          head = parties.length === 2
            ? [{ ...base, returnedTo: parties[0], releasedBy: parties[1] }, { ...base, returnedTo: parties[1], releasedBy: parties[0] }]
            : [{ ...base, returnedTo: null, releasedBy: null }];
          found.push(...head);
          continue;
        }
        const [found0, stated, mixed] = directionOf(s, here, span, tail, claimant, other, parties);
        // "150 of our people", "115 of them" after "Our people are home": the speaker's side.
        const ofThemTail = /^\s+of them\b/.test(tail);
        const ofOurs = ofThemTail && /\b[Oo]ur (?:people|soldiers|defenders|boys|citizens)\b/.test(previous + before);
        const ours = OUR.test(tail) || OUR.test(before) || ofOurs ? partyOf(claimant, parties, mentions, text) : undefined;
        // "five of those returned", said by a side: its own people, as "N servicemen had been returned" is.
        const ofThose = OF_THOSE_AT_START.test(tail);
        const speakersOwn = ofThose && !ofThemTail ? partyOf(claimant, parties, mentions, text) : undefined;
        // "Three of them": the people the last count with a direction counted (not "our people", whose side is the speaker's).
        const ofThem = ofThose && !ofOurs ? found.findLast((f) => f.returnedTo !== null) : undefined;
        // "185 Ukrainian servicemen and 20 civilians": a count joined to the one before shares its direction.
        const joined = !found0 && head.length === 1 && /^\s*(?:and|,|,\s*and)\s*$/.test(gap) ? head[0] : undefined;
        // "Among the Ukrainians freed were 10 soldiers": the people they are among say where they went.
        const among = AMONG.exec(before);
        const amongSide = among
          ? (here.find((x) => x.entity.label === 'State' && x.start >= s.start + among.index && x.start < s.start + among.index + among[0].length && parties.some((p) => p.id === x.entity.id))?.entity ??
            (AMONG_NO_SIDE.test(s.text) ? (partyOf(claimant, parties, mentions, text) ?? found.find((f) => f.event === base.event && f.returnedTo !== null)?.returnedTo) : undefined))
          : undefined;
        // "The Russian Defence Ministry said 22 servicemen had been returned": a side speaking of its own people coming back.
        const ev = events.find((e) => e.key === base.event);
        const ownSide = RETURNED_HOME.test(s.text.slice(m.index + m[0].length)) ? partyOf(claimant, parties, mentions, text) : undefined;
        // In an exchange, people a side is said to have handed over went to the other side.
        const toOther = ev?.kind === 'exchange' && stated && parties.some((p) => p.id === stated.id) ? other(stated) : null;
        const returnedTo = mixed ? null : (found0 ?? ours ?? speakersOwn ?? joined?.returnedTo ?? amongSide ?? ownSide ?? ofThem?.returnedTo ?? toOther ?? null);
        // Whoever got people back in an exchange (or over many) got them from the other side; a release names its sides.
        const isParty = returnedTo !== null && parties.some((p) => p.id === returnedTo.id);
        // Two one-way handovers told in one sentence: the release whose receiver got these people.
        const releaseTo = (to: EntityRef | null) =>
          [ev, ...told].find((e) => e?.kind === 'release' && to && e.sides[1]?.id === to.id);
        // "Russia and Ukraine swapped children": a release the article tells as a swap between the two sides went from one to the other.
        const toldAsSwap = (e: EventReport | undefined) =>
          e?.evidence.some((x) => SWAPPED.test(sentences.find((t) => t.index === x.sentence)?.text ?? '') && parties.length === 2 &&
            parties.every((p) => mentions.some((m) => m.sentence === x.sentence && m.entity.id === p.id)));
        // Children brought back over the years may come from anywhere: a running total of them names who held them only where it says so.
        const heldAnywhere = cumulative && /\bchildren\b/i.test(tail);
        const occupier = isParty && OCCUPIED.test(after) ? other(returnedTo) : null;
        const releasedBy = stated ?? occupier ?? joined?.releasedBy ?? (ofThem && ofThem.returnedTo?.id === returnedTo?.id ? ofThem.releasedBy : null) ??
          (ev?.kind === 'release' ? (releaseTo(returnedTo)?.sides[0] ?? (isParty && toldAsSwap(ev) ? other(returnedTo) : null)) : isParty && !heldAnywhere ? other(returnedTo) : null);
        head = [{ ...base, returnedTo, releasedBy }];
        // "Among the 75 Ukrainians were …": a count named to point back at one already counted is not counted again.
        const pointsBack = /^Among (?:the )?$/.test(before) && found.some((f) => f.value === value && f.returnedTo?.id === returnedTo?.id && f.releasedBy?.id === releasedBy?.id);
        if (!pointsBack) found.push(...head);
      }
      bothWays(found, s.index, parties);
    }
    return found;
  },
};

/**
 * "Eight children were returned to Ukraine and three to Russia": a sentence handing people over both ways
 * between the two sides tells two handovers, each from the side that received the other.
 */
function bothWays(found: FigureReport[], sentence: number, parties: EntityRef[]): void {
  const isParty = (e: EntityRef | null): e is EntityRef => e !== null && parties.some((p) => p.id === e.id);
  for (const [i, f] of found.entries()) {
    if (f.sentence !== sentence || f.releasedBy || !isParty(f.returnedTo)) continue;
    const back = found.find((g) => g.sentence === sentence && isParty(g.returnedTo) && g.returnedTo.id !== f.returnedTo?.id);
    if (back) found[i] = { ...f, releasedBy: back.returnedTo };
  }
}

/** Whoever the sentence says stated the figure at `at`: the subject of the verb of saying before it, or "according to X". */
function claimantOf(s: Sentence, here: Mention[], at: number): EntityRef | null {
  const speaker = (m: Mention): boolean => ['Person', 'Organization', 'State'].includes(m.entity.label);
  // "According to the Ombudsman, 3,035 Ukrainians …": the object right after it, not a demonym further on.
  const according = /\baccording to\s+(?:the\s+)?/i.exec(s.text);
  if (according) {
    const m = here.find((x) => x.start === s.start + according.index + according[0].length && speaker(x));
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
  // "Russian military bloggers claimed": a voice the text describes, not the state (the sentence's statement names it).
  if (VOICE_NOUN.test(after)) return null;
  // "Officials in Kyiv suggested": the state whose capital it is.
  const heads = /^(?:The\s+)?$|\b(?:officials|authorities) in\s+$/i.test(s.text.slice(0, subject.start - s.start));
  if (subject.entity.label === 'State' && !heads && !/^\s+(?:officials|authorities|government|side)\b|^\s*(?:has |have )?(?:stated|said|reported|announced|claimed|says|confirmed)\b/i.test(after)) {
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
): [EntityRef | null, EntityRef | null, boolean] {
  const rel = (m: Mention): number => m.start - s.start;
  const demonym = here.find((m) => m.entity.label === 'State' && m.start > span.start && m.end <= span.end);
  // "Ukrainians freed" are people freed, not a state freeing them.
  const subjectReleasing = here.find(
    (m) => m.entity.label === 'State' && !/ians$/i.test(m.text) && m.end <= span.start &&
      /^\s+(?:has |have |had )?(?:(?:also|already|now|reportedly|allegedly) )?(?:released|freed|handed over|handed back|returned|repatriated)\b/i.test(s.text.slice(m.end - s.start)),
  );
  const receivingVerb = here.find(
    (m) => m.entity.label === 'State' && m.end <= span.start && /^\s+(?:side\s+)?(?:has |have |had )?(?:received|got back|welcomed)\b/i.test(s.text.slice(m.end - s.start)),
  );
  // "taken to Russia … returned to Ukraine": a verb of return names the receiver before any other "to".
  const toStates = here.filter((m) => m.entity.label === 'State' && m.start > span.end && /\bto (?:the |their (?:families|relatives|homes?) in )?$|\bto relatives in $/i.test(s.text.slice(0, rel(m)).replace(/\s+$/, ' ')));
  const returnTo = toStates.find((m) => /\b(?:returned|back|home|handed (?:back |over )?|repatriated) to (?:the |their (?:families|relatives|homes?) in )?$/i.test(s.text.slice(0, rel(m)).replace(/\s+$/, ' ').slice(-50)));
  // "15 residents of the Kursk region … returned home": people go home to the state their region lies in.
  const residents = /\bresidents\b/i.test(tail)
    ? here.find((m) => m.entity.label === 'Place' && m.start >= span.end && /^\s+of\s+(?:the\s+)?$/i.test(s.text.slice(span.end - s.start, rel(m))) && parties.some((p) => p.id === m.entity.inState))
    : undefined;
  const home = residents ? parties.find((p) => p.id === residents.entity.inState) : undefined;
  const toState = returnTo ?? toStates[0];
  const possessive = /\bof\s+(?:their|its|our)\b/i.test(tail);
  const inExchangeFor = /\bin exchange for\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(0, span.start - s.start));
  // "released 64 Ukrainians in exchange for 22 Russian servicemen": the demonym says who got them back.
  if (inExchangeFor && demonym) return [demonym.entity, other(demonym.entity), false];
  if (inExchangeFor && subjectReleasing) return [other(subjectReleasing.entity), subjectReleasing.entity, false];
  if (possessive && subjectReleasing) return [subjectReleasing.entity, other(subjectReleasing.entity), false];
  // "303 Russian servicemen … taken to Belarus": a side's own people go to that side, not to where they are taken.
  // Children "taken to Russia" are not returned to it: only a verb of return overrides a side's demonym.
  const partyDemonym = demonym && toState && (!parties.some((p) => p.id === toState.entity.id) || (!returnTo && parties.some((p) => p.id === demonym.entity.id))) ? demonym : undefined;
  const returnedTo =
    partyDemonym?.entity ?? home ?? toState?.entity ?? receivingVerb?.entity ?? demonym?.entity ??
    (possessive ? (claimant?.label === 'State' ? claimant : null) : null) ?? null;
  // "215 Ukrainian and foreign fighters": people of several nations went to several receivers.
  const mixed = /\band foreign\b/i.test(tail) || new Set(here.filter((m) => m.entity.label === 'State' && m.start > span.start && m.end <= span.end).map((m) => m.entity.id)).size > 1;
  const releasedBy = subjectReleasing && subjectReleasing.entity.id !== returnedTo?.id ? subjectReleasing.entity : (heldBy(s, here, span, returnedTo, parties) ?? null);
  const fromCustody = returnedTo && subjectReleasing === undefined && /\bfrom\s+(?:\w+\s+)?custody/i.test(s.text);
  return [mixed ? null : returnedTo, releasedBy ?? (fromCustody ? other(returnedTo) : null), mixed];
}

/** "brought back from occupied territory": the occupier let them go. */
const OCCUPIED = /^[^.;]{0,80}?\bfrom (?:the )?(?:temporarily )?occupied (?:territor(?:y|ies)|areas?|regions?|parts? of)\b/i;

/** "freed from Russian captivity", "returned 119 children from Russia", "flown from Russia to …": who held them. */
function heldBy(s: Sentence, here: Mention[], span: Span, receiver: EntityRef | null, parties: EntityRef[]): EntityRef | undefined {
  return here.find((m) => {
    if (m.entity.label !== 'State' || m.possessive || m.start < span.end || m.entity.id === receiver?.id) return false;
    const between = s.text.slice(span.end - s.start, m.start - s.start);
    const next = s.text.slice(m.end - s.start);
    // A demonym says who held them only before a word of holding ("Russian captivity"); a name or capital does on its own.
    const demonym = m.text !== m.entity.name && /(?:ian|ish|i|an)$/i.test(m.text);
    // "flown from Belarus": a third state people only travel through let no one go.
    const transit = /\b(?:flown|flew|taken|driven|bused|transported|travell?ed|crossed)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?$/i.test(between) && !parties.some((p) => p.id === m.entity.id);
    return between.length < 100 && !/[;:]/.test(between) && /\bfrom\s+(?:the\s+)?$/i.test(between) && !transit &&
      (!demonym || /^[\s-]+(?:captivity|custody|detention|prisons?|territory|occupation|held)\b/i.test(next));
  })?.entity;
}
