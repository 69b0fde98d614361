import type { EntityRef, Stage } from '../context';
import { WAR_SIDES } from '../lexicon';
import type { Span } from '../span';
import type { DateMention, DateValue } from './dates';
import type { Mention } from './mentions';
import type { PersonIntro } from './people';
import { wordValue } from './figures';
import type { Sentence } from './sentences';

export interface EventReport {
  key: string;
  kind: 'exchange' | 'release';
  /** Exchange: the two parties; release: [releasing side, receiving side] (null where the text does not say). */
  sides: (EntityRef | null)[];
  date: DateValue;
  /** The event this one is a phase (a further day) of. */
  phaseOf: string | null;
  /** The spans stating it, first the one that introduced it. */
  evidence: (Span & { sentence: number })[];
  /** Lower when the event was inferred from a release verb alone. */
  confidence: number;
}

const EXCHANGE = /\b(?:prisoner[- ]exchanges?|prisoner swaps?|exchanges?|swaps?|swap)\b/i;
/** "brokered the release of 10 foreign nationals": a third party won people's release, a handover of its own. */
const BROKERED = String.raw`(?:brokered|secured|negotiated|arranged|obtained|won|mediated|facilitated)\s+the\s+(?:release|return|handover)\s+of`;
const BROKERED_RELEASE = new RegExp(String.raw`\b${BROKERED}\b`, 'i');
const RELEASE = new RegExp(
  String.raw`\b(?:${BROKERED}|released|freed|handovers?|returned(?: home)?|return(?:ed)? to|handed (?:back|over)|repatriated|brought (?:back|home)|came home|come home|crossed (?:back )?into|sent (?:[\w-]+ ){0,3}home|were (?:released|freed|returned|swapped|exchanged|traded)|swapped|exchanged|traded)\b`,
  'i',
);
/** A verb saying the event took place (unless a modal or negation stands just before it). */
const HAPPENED =
  new RegExp(String.raw`\b(?:${BROKERED}|conducted|carried out|completed|finished|initiated|began|begun|took place|taking place|commenced|saw|swapped|exchanged|traded|released|freed|returned|handed (?:back|over)|repatriated|came home|received|brought (?:back|home)|crossed (?:back )?into|sent (?:[\w-]+ ){0,3}home)\b`, 'gi');
const MODAL_BEFORE = /\b(?:not|never|will|would|could|might|may|to|expected|plans?|planned|set|agreed|yet|if|once|until|be)\s+(?:[a-z]+\s+){0,2}$/;
/** The event is said not to have happened. */
const DENIED =
  /\b(?:not (?:yet )?(?:taken place|happened|occurred|materiali[sz]ed|been (?:carried out|completed|held))|(?:there (?:was|has been|had been) )?no (?:such )?(?:exchange|swap)s?(?: (?:of|between|with) [^.;,]{0,40}?)? (?:(?:had|has) )?(?:took place|taken place|was held|happened|yesterday)|there (?:was|has been|had been) no (?:exchange|swap)|no (?:prisoners|captives|POWs|one|people)\b[^.]{0,15}\b(?:were|was|have been|has been|had been) (?:exchanged|swapped|released|freed)|called off|postponed|fell through|collapsed)\b/i;
/** Reported only by hedged or unconfirmed voices: a claim, not an event (a figure there may be a flagged claim). */
const HEDGED = /\b(?:posts? on (?:Telegram|X|social media)|suggest(?:s|ed)? that|unconfirmed|rumou?rs?|could not be (?:independently )?(?:verified|confirmed)|cannot be (?:independently )?(?:verified|confirmed)|(?:could not|cannot|can't|was unable to|were unable to) (?:independently )?(?:verify|confirm)|(?:posts|bloggers|channels|videos|footage|social media)\b[^.]{0,80}?\b(?:claimed|alleged|purported))\b/i;
/** Remains handed over are not prisoners released. */
const REMAINS = /\b(?:bodies|remains) of\b|\b(?:return|repatriation|handover|transfer) of (?:the )?(?:bodies|remains)\b/i;
/** Who a release hands over: without people (a count, or "the handover") "handed over new lists" is no event. */
const PEOPLE = /\b(?:\d[\d,]*|handovers?|prisoners?|captives?|POWs?|soldiers?|servicem[ae]n|service members|civilians?|children|child|defenders|commanders|citizens|Ukrainians|Russians|men|women|people|conscripts|fighters|marines|detainees|medics|guards)\b/i;
/** A running total ("4,757 released since March 2022"), not one event. */
const RUNNING_TOTAL =
  /\b(?:since (?:the )?(?:start|beginning|onset|outbreak|March|February|\d{4})|since (?:Russia['’]s |the )?(?:full-scale )?(?:invasion|war)|in total|so far|to date|as of now|altogether)\b/i;
/** Counts of exchanges ("dozens of exchanges", "in 58 exchanges"): many swaps summed up, not one reported. */
const MANY = /\b(?:dozens|scores|hundreds|\d+) of (?:prisoner )?(?:exchanges|swaps)\b|\bin \d+ (?:prisoner )?(?:exchanges|swaps)\b/i;
/** Handed over outside any exchange: a release, not an exchange. */
const WITHOUT_EXCHANGE =
  /\b(?:without (?:an? |any )?(?:prisoner )?(?:exchange|swap)|unilateral(?:ly)?|outside (?:of )?(?:an?|any|the) (?:prisoner )?(?:exchange|swap)|not (?:as )?part of (?:an?|any|the) (?:prisoner )?(?:exchange|swap)|(?:in no way|not) an? (?:prisoner )?(?:exchange|swap)|(?:nothing|no one|nobody|anyone|anything|any \w+(?: \w+)?) in return|without (?:asking|demanding|receiving|getting) (?:for )?(?:any|anything|anyone))\b/i;
/** A report that points at an earlier, different event. */
const OTHER_EVENT = /\b(?:another|in one (?:swap|exchange)|earlier (?:this|last) (?:month|week|year)|previous|prior|most recent(?: notable)?|a separate|separately|last (?:month|week|year)|in (?:January|February|March|April|June|July|August|September|October|November|December)\b)/i;
/** A further day or stage of a multi-day swap. */
const PHASE = /\b(?:first|second|third|fourth|final|next|further|another) (?:day|phase|stage|round|batch)|\bday (?:one|two|three|1|2|3)\b|\b(?:began|continued) on\b|\ba further \d[\d,]*\b/i;
/** Two dates are of different events when they disagree at the coarser of their precisions. */
function differ(a: DateValue, b: DateValue): boolean {
  if (!a.start || !b.start) return false;
  const width = Math.min(...[a, b].map((d) => ({ day: 10, month: 7, year: 4 })[d.precision as 'day'] ?? 10));
  return a.start.slice(0, width) !== b.start.slice(0, width);
}
/** A general remark about exchanges, not a report of one ("exchanges have occurred regularly"). */
const GENERIC = /\b(?:exchanges (?:have|had) (?:occurred|taken place|been held)|such exchanges|previous(?:,)? smaller(?:-scale)? exchanges|regular(?:ly)?|(?:are|is) (?:normally|usually|typically|generally|routinely)\b)/i;

export interface EventInput {
  sentences: Sentence[];
  mentions: Mention[];
  dates: DateMention[];
  /** People with the body their title names: whose side a reporting official is on. */
  people: PersonIntro[];
  /** The article's two sides (partiesOf over the body). */
  parties: EntityRef[];
}

/**
 * The article's parties: the war's two sides where it names them, else the states it names most,
 * leaving out those named as mediators or hosts. A state people only cross ("the border from
 * Belarus") may be named more often than one side, and is still no party.
 */
export function partiesOf(mentions: Mention[], text: string): EntityRef[] {
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  for (const m of mentions) {
    if (m.entity.label !== 'State') continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (/\b(?:mediat\w*|broker\w*|facilitat\w*|help|hosted|assistance)\s+(?:[\w’']+\s+){0,4}$/i.test(before)) continue;
    if (/^[\s-]*(?:mediat|broker|facilitat|host|help)/i.test(text.slice(m.end, m.end + 16))) continue;
    const c = counts.get(m.entity.id) ?? { ref: m.entity, n: 0 };
    c.n++;
    counts.set(m.entity.id, c);
  }
  const side = (id: string): number => (WAR_SIDES.includes(id) ? 1 : 0);
  return [...counts.values()].sort((a, b) => side(b.ref.id) - side(a.ref.id) || b.n - a.n).slice(0, 2).map((c) => c.ref);
}

const RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;
function finer(a: DateValue, b: DateValue): boolean {
  return RANK[a.precision] > RANK[b.precision] && !differ(a, b);
}

/** "said on Friday", "told reporters last week": when it was said, not when it happened. */
const OF_SPEECH = /\b(?:said|says|announced|reported|confirmed|wrote|posted|stated|told (?:\w+ ?){1,3})\s+$/i;

/** "agreed at talks in Abu Dhabi last month": when it was agreed, not when it happened. */
const OF_TALKS = /\b(?:agreed|agreement|talks|negotiations|meeting|summit)\b[^,.;]*$/i;

/**
 * The date of the event a sentence reports, nearest its trigger: not a date of saying or of talks, and
 * never after the article (a read such as "a week after" or "this weekend" would put it in the future).
 */
function clauseDate(dates: DateMention[], sentence: number, near: number, text: string, publishedAt: string | undefined): DateMention | undefined {
  return dates
    .filter((d) => d.sentence === sentence && !d.since && (d.value.precision !== 'unknown' || d.value.notAfter !== undefined))
    .filter((d) => !OF_SPEECH.test(text.slice(Math.max(0, d.start - 40), d.start)) && !OF_TALKS.test(text.slice(Math.max(0, d.start - 40), d.start)))
    .filter((d) => !publishedAt || !d.value.start || d.value.start <= publishedAt)
    .sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
}

/**
 * Exchanges and releases reported as having happened, one per event: later
 * sentences about "the exchange" add evidence to the event they follow; a
 * sentence about an earlier exchange, or a further day, starts another (a
 * further day as a phase). Planned, agreed, proposed, denied or only hedged
 * exchanges are not events, nor are remains handed over or running totals;
 * people handed back "without an exchange" (or "nothing in return") are a release.
 */
export const events: Stage<EventInput, EventReport[]> = {
  name: 'events',
  run({ sentences, mentions, dates, people, parties }, ctx) {
    const text = ctx.article.text;
    const reporter = (sentence: number, span: Span): EntityRef | undefined => reporterSide(sentence, span, mentions, people, parties, text);
    const found: EventReport[] = [];
    // Events reported only with a verb of return ("were returned"): a later "not part of any exchange" makes them releases.
    const byVerb = new Set<EventReport>();
    let current: EventReport | undefined;
    for (const s of clausesOf(sentences, dates)) {
      const exchange = EXCHANGE.exec(s.text);
      const release = RELEASE.exec(s.text);
      const goesOn = s.continued && found.some((e) => e.kind === 'exchange');
      const trigger = exchange ?? release;
      if (!trigger && !goesOn) continue;
      const at = s.start + (trigger?.index ?? 0);
      const evidence = { start: s.start, end: s.end, sentence: s.index };
      // "its released servicemen": a participle used as an adjective reports nothing.
      const happened = goesOn || [...s.text.matchAll(HAPPENED)].some((m) => {
        const before = s.text.slice(Math.max(0, m.index - 30), m.index);
        return !MODAL_BEFORE.test(before) && !/\b(?:its|their|his|her|the|of|newly)\s+$/i.test(before);
      });
      const denied = DENIED.test(s.text);
      // "3,956 freed in 58 exchanges since 2022": a running total over many exchanges, not one; "with this
      // weekend's exchange, 5,757 have been freed since 2022" speaks of an exchange already reported.
      if (MANY.test(s.text)) continue;
      const dateMention = s.date ?? anchoredDate(s, dates) ?? clauseDate(dates.filter((d) => d.start >= s.start && d.start < s.end), s.index, at, text, ctx.article.publishedAt);
      // "…exchanged 84 each, a week after…, in a swap by the UAE, which has brokered most swaps since 2024": a dated swap, not a total.
      if (RUNNING_TOTAL.test(s.text) && dateMention?.value.precision !== 'day') {
        const last = found.at(-1);
        if (last && exchange && !/s$/i.test(exchange[0])) last.evidence.push(evidence);
        continue;
      }
      if (HEDGED.test(s.text) || REMAINS.test(s.text) || (!exchange && !goesOn && !PEOPLE.test(s.text))) continue;
      if (!happened || denied) {
        const last = found.filter((e) => e.kind === 'exchange').pop();
        if (last && exchange && /\b(?:this|the|that) (?:latest )?(?:exchange|swap)\b/i.test(s.text) && !denied) last.evidence.push(evidence);
        // "The return was not part of any prisoner exchange": the handover just reported was a release.
        const handover = found.at(-1);
        if (handover && byVerb.has(handover) && !denied && WITHOUT_EXCHANGE.test(s.text)) {
          handover.kind = 'release';
          handover.sides = releaseSides(mentions.filter((m) => handover.evidence.some((x) => x.sentence === m.sentence) && m.entity.label === 'State'), parties, text, reporter(handover.evidence[0].sentence, handover.evidence[0]));
          byVerb.delete(handover);
        }
        continue;
      }
      if (GENERIC.test(s.text) && !OTHER_EVENT.test(s.text) && !s.date) continue;
      // "…were returned. The handover was not part of any exchange.": a sentence or two that go on about it may say so.
      // A sentence naming no exchange goes on about the latest event, a release as well as an exchange;
      // children handed back with no exchange named are returned, not exchanged (they are no prisoners of war).
      const kind: EventReport['kind'] =
        WITHOUT_EXCHANGE.test(s.text) || s.lead.release ||
        (!exchange && !goesOn && (BROKERED_RELEASE.test(s.text) || continuationSays(sentences, s.index, WITHOUT_EXCHANGE) || found.at(-1)?.kind === 'release' || ONLY_CHILDREN.test(s.text)))
          ? 'release'
          : 'exchange';
      const statesHere = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entity.label === 'State');
      current = found.filter((e) => e.kind === kind).pop();
      const isPhase = kind === 'exchange' && (PHASE.test(s.text) || s.lead.phase || goesOn);
      const whole = current ? (found.find((e) => e.key === current!.phaseOf) ?? current) : undefined;
      // "the second day" named again is the phase already found for that day, not another one.
      const ordinal = ORDINAL.exec(s.text);
      const phases = found.filter((e) => whole && e.phaseOf === whole.key);
      const named = ordinal && whole ? (ordinal[1].toLowerCase() === 'final' ? undefined : phases[ORDINALS.indexOf(ordinal[1].toLowerCase())]) : undefined;
      if (isPhase && named && !(dateMention && differ(dateMention.value, named.date))) {
        named.evidence.push(evidence);
        continue;
      }
      // A quoted voice repeats the event it speaks of ("Today, 303 defenders returned home").
      const quoted = /^["“]/.test(s.text);
      const isOther =
        current === undefined ||
        isPhase ||
        s.lead.other ||
        OTHER_EVENT.test(s.text) ||
        // A year or month in passing ("held since the fall of Mariupol in 2022") dates something else, not another swap.
        (!quoted && dateMention !== undefined && differ(dateMention.value, current.date) && (dateMention.value.precision === 'day' || exchange !== null));
      // A sentence dated like an event already found speaks of that one ("the 303 freed on Sunday").
      const sameDay = dateMention?.value.precision === 'day' && !isPhase && !OTHER_EVENT.test(s.text)
        ? found.find((e) => e.kind === kind && e.date.precision === 'day' && e.date.start === dateMention.value.start)
        : undefined;
      if (sameDay) {
        sameDay.evidence.push(evidence);
        continue;
      }
      if (!isOther && current) {
        // Events one clause reported together ("eight … to Ukraine and three … to Russia") are gone on about together.
        for (const e of found.filter((x) => x.kind === current!.kind && x.phaseOf === current!.phaseOf && x.evidence[0].start === current!.evidence[0].start)) {
          e.evidence.push(evidence);
          // "this month" then "last Tuesday": a later, finer date that agrees with the first one says more.
          if (dateMention && (e.date.precision === 'unknown' || finer(dateMention.value, e.date))) e.date = dateMention.value;
        }
        continue;
      }
      const undated: DateValue = ctx.article.publishedAt ? { precision: 'unknown', notAfter: ctx.article.publishedAt } : { precision: 'unknown' };
      const date: DateValue = dateMention?.value ?? undated;
      // People handed back each way in one clause ("eight Ukrainian children to Ukraine and three Russian children to
      // Russia"): a release per direction, not an exchange.
      const directions = kind === 'release' ? receivers(statesHere, parties, text) : [];
      const sides = kind === 'release' ? releaseSides([...statesHere, ...movedIn(sentences, s.index, mentions)], parties, text, reporter(s.index, s)) : parties.slice(0, 2);
      const report = (phaseOf: string | null, on: DateValue, bySides = sides): EventReport => {
        const r: EventReport = { key: `${kind === 'release' ? 'r' : 'x'}${found.length + 1}`, kind, sides: bySides, date: on, phaseOf, evidence: [evidence], confidence: exchange ? 0.8 : 0.6 };
        found.push(r);
        // A handover each way is a release already, with its direction: nothing later turns it into one.
        if (!exchange && directions.length !== 2) byVerb.add(r);
        return r;
      };
      // A day of a swap not reported before ("on the third and final day of a swap"): the swap, then its day.
      if (isPhase && !whole) report(null, undated);
      if (directions.length === 2) for (const to of directions) report(null, date, [parties.find((p) => p.id !== to.id)!, to]);
      else report(isPhase ? (whole?.key ?? found.at(-1)!.key) : null, date);
    }
    // A multi-day swap begins with its first stage (eval/README.md, "Multi-day swaps").
    for (const w of found) {
      const first = found.filter((e) => e.phaseOf === w.key && e.date.precision === 'day').sort((a, b) => a.date.start!.localeCompare(b.date.start!))[0];
      if (first && (w.date.precision !== 'day' || w.date.start! > first.date.start!)) w.date = first.date;
    }
    return found;
  },
};

/** Children returned with no exchange named: handed back, not exchanged. */
const ONLY_CHILDREN = /\b(?:children|child|minors|teenagers)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const ORDINAL = /\b(first|second|third|fourth|final) (?:day|phase|stage|round)\b/i;

/** A sentence, or a clause of it that reports an event of its own. */
interface Clause extends Span {
  index: number;
  text: string;
  /** "since late December, when …": the date the clause is about. */
  date?: DateMention;
  /** "…, and continued on Saturday with 307 more each": a further day of the swap just reported. */
  continued: boolean;
  /** What the words before "when" say of the clause's event: a further day, an earlier event, a release. */
  lead: { phase: boolean; other: boolean; release: boolean };
}

const WHEN = /,?\s+when\s+/g;
const CONTINUED = /,?\s+and (?:continued|resumed|ended|concluded) on\b/g;

/**
 * The clauses that report events: "It was the first since March, when Ukraine sent five conscripts home"
 * reports the March event in its "when" clause, dated by the date before "when"; the words before it only
 * lead to it. "…, and continued on Saturday with 307 more each" reports a further day.
 */
function clausesOf(sentences: Sentence[], dates: DateMention[]): Clause[] {
  const none = { phase: false, other: false, release: false };
  return sentences.flatMap((s): Clause[] => {
    const cuts: { at: number; date?: DateMention; continued: boolean }[] = [];
    for (const m of s.text.matchAll(WHEN)) {
      const at = s.start + m.index;
      const date = dates.find((d) => d.sentence === s.index && d.end >= at - 2 && d.end <= at + 1 && d.value.precision !== 'unknown');
      if (date) cuts.push({ at: date.start, date, continued: false });
    }
    for (const m of s.text.matchAll(CONTINUED)) cuts.push({ at: s.start + m.index + m[0].indexOf('and') + 4, continued: true });
    if (!cuts.length) return [{ ...s, continued: false, lead: none }];
    cuts.sort((a, b) => a.at - b.at);
    const lead = s.text.slice(0, cuts[0].at - s.start);
    const hint = { phase: PHASE.test(lead) || /\b(?:began|started|continued)\s+(?:on\s+)?$/i.test(lead), other: OTHER_EVENT.test(lead) || /\b(?:last|first|previous)\b/i.test(lead), release: WITHOUT_EXCHANGE.test(lead) };
    // A lead that counts people or dates something of its own reports too ("Russia freed 40 on Monday, when …").
    const own = dates.some((d) => d.sentence === s.index && d.start < cuts[0].at && !d.since) || /\d/.test(lead);
    const out: Clause[] = own ? [{ index: s.index, start: s.start, end: cuts[0].at, text: lead, continued: false, lead: none }] : [];
    cuts.forEach((c, i) => {
      const end = cuts[i + 1]?.at ?? s.end;
      out.push({ index: s.index, start: c.at, end, text: text(s, c.at, end), date: c.date, continued: c.continued, lead: c.continued ? none : hint });
    });
    return out;
  });
}
const text = (s: Sentence, start: number, end: number): string => s.text.slice(start - s.start, end - s.start);

/** "Wednesday's handover came a week after Russia and Ukraine exchanged 84 prisoners": that date, less the gap. */
function anchoredDate(s: Clause, dates: DateMention[]): DateMention | undefined {
  const m = /\b(?:came|was|took place|followed)\s+(a|one|two|three|four|five|six|\d+)\s+(day|week)s?\s+after\b/i.exec(s.text);
  if (!m) return undefined;
  const from = dates.find((d) => d.start >= s.start && d.start < s.start + m.index && d.value.precision === 'day');
  if (!from) return undefined;
  const n = m[1].toLowerCase() === 'a' ? 1 : (wordValue(m[1]) ?? Number(m[1]));
  const days = n * (m[2].toLowerCase() === 'week' ? 7 : 1);
  const day = new Date(Date.parse(`${from.value.start}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return { ...from, value: { start: day, precision: 'day' } };
}

/** A sentence that only doubts what was just said: "The figures could not be independently verified." */
const DOUBTS_BEFORE =
  /^(?:The|These|This|That|Those|Such|Neither|None|Both|It|They)\b[^.]{0,60}?\b(?:(?:could|can)(?:not|n't)|could not|cannot) be (?:independently )?(?:verified|confirmed)|^(?:The|These|This|That|Those|Such) (?:claims?|figures?|numbers?|reports?|accounts?) (?:(?:are|is|were|was|remain(?:s|ed)?) )?(?:unverified|unconfirmed)\b/i;

/**
 * The sentences whose claims the article hedges: one that reports through a hedged voice ("Posts on X suggest …",
 * "… could not be independently verified"), and the one before a sentence that only doubts it ("The figures could
 * not be independently verified."): a hedge on its own qualifies the report it follows, it is not lost.
 */
export function hedgedSentences(sentences: Sentence[]): Set<number> {
  const hedged = new Set<number>();
  for (const [i, s] of sentences.entries()) {
    if (HEDGED.test(s.text)) hedged.add(s.index);
    if (i > 0 && DOUBTS_BEFORE.test(s.text.trim())) hedged.add(sentences[i - 1].index);
  }
  return hedged;
}

/** Do the next sentences, while they go on about the same thing ("The handover…", "It said…"), match `pattern`? */
function continuationSays(sentences: Sentence[], index: number, pattern: RegExp): boolean {
  for (const s of sentences.filter((x) => x.index > index && x.index <= index + 2)) {
    if (!/^(?:The|This|That|It|Its|Their|They)\b/.test(s.text)) return false;
    if (pattern.test(s.text)) return true;
  }
  return false;
}

/** A return told as coming back home, with no state named: home is the side of whoever reports it. */
const BACK_HOME = /\b(?:brought (?:back|home)|returned home|came (?:back|home)|come (?:back|home))\b/i;
const SAYS_AFTER = /^\s+(?:said|says|told|wrote|confirmed|stated|announced|added)\b/i;

/** "Lubinets said 11 children had been brought back": the party the reporting official's title names. */
function reporterSide(sentence: number, span: Span, mentions: Mention[], people: PersonIntro[], parties: EntityRef[], text: string): EntityRef | undefined {
  if (!BACK_HOME.test(text.slice(span.start, span.end))) return undefined;
  const speaker = mentions.find((m) => m.sentence === sentence && m.entity.label === 'Person' && (SAYS_AFTER.test(text.slice(m.end, m.end + 12)) || /\baccording to\s+$/i.test(text.slice(Math.max(0, m.start - 15), m.start))));
  const body = speaker && people.find((p) => p.person.id === speaker.entity.id && p.body?.label === 'State')?.body;
  return body ? parties.find((p) => p.id === body.id) : undefined;
}

/** A state that names the people handed over ("Russian prisoners"), or the one they went to. */
const PEOPLE_OF = /^\s+(?:prisoners|captives|soldiers|servicemen|service members|civilians|citizens|children|commanders|POWs|conscripts|fighters|medics)/i;
const isReceiver = (m: Mention, text: string): boolean => PEOPLE_OF.test(text.slice(m.end, m.end + 20));
const receivedBy = (m: Mention, text: string): boolean => /\b(?:to|returned to)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start));

/**
 * Both parties named, joined by "and", as the ones whose people were handed back: a handover each way. Not
 * "32 Ukrainian prisoners without asking for any Russian soldiers in return": one handover, what was not asked for.
 */
function receivers(states: Mention[], parties: EntityRef[], text: string): EntityRef[] {
  const named = parties.map((p) => states.find((m) => m.entity.id === p.id && isReceiver(m, text))).filter((m) => m !== undefined).sort((a, b) => a.start - b.start);
  if (named.length !== 2) return [];
  const between = text.slice(named[0].end, named[1].start);
  return /\band\b/i.test(between) && !/\b(?:without|not|no|never|in return|in exchange|for)\b/i.test(between) ? named.map((m) => m.entity) : [];
}

/** "They were flown from Russia to Riyadh.": the sentence after a release says where the people went from and to. */
const MOVED = /^(?:They|Those|The (?:men|women|prisoners|captives|fighters|detainees|group))\b[^.]*\b(?:flown|taken|transferred|brought|sent|driven|transported)\b/;
function movedIn(sentences: Sentence[], index: number, mentions: Mention[]): Mention[] {
  const next = sentences.find((x) => x.index === index + 1);
  return next && MOVED.test(next.text) ? mentions.filter((m) => m.sentence === next.index && m.entity.label === 'State') : [];
}

/** Who let the people go and who got them back: "75 Russian prisoners were handed back" → [other side, Russia]. */
function releaseSides(states: Mention[], parties: EntityRef[], text: string, reporter?: EntityRef): (EntityRef | null)[] {
  const receiving = states.find((m) => isReceiver(m, text)) ?? states.find((m) => receivedBy(m, text));
  const releasing = states.find(
    (m) => m !== receiving && (/^\s+(?:has |have )?(?:released|freed|handed|returned|repatriated|sent)/i.test(text.slice(m.end, m.end + 25)) || /\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))),
  );
  const recv = receiving?.entity ?? (releasing ? null : (reporter ?? null));
  const rel = releasing?.entity ?? (recv ? (parties.find((p) => p.id !== recv.id) ?? null) : null);
  return [rel, recv];
}
