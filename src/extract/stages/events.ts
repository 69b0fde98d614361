import type { EntityRef, Stage } from '../context';
import type { Span } from '../span';
import type { DateMention, DateValue } from './dates';
import type { Mention } from './mentions';
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
const RELEASE = /\b(?:released|freed|handovers?|returned(?: home)?|return(?:ed)? to|handed (?:back|over)|repatriated|brought (?:back )?home|came home|come home|were (?:released|freed|returned|swapped|exchanged|traded)|swapped|exchanged|traded)\b/i;
/** A verb saying the event took place (unless a modal or negation stands just before it). */
const HAPPENED =
  /\b(?:conducted|carried out|completed|initiated|began|begun|took place|taking place|commenced|saw|swapped|exchanged|traded|released|freed|returned|handed (?:back|over)|repatriated|came home|received|brought (?:back|home))\b/gi;
const MODAL_BEFORE = /\b(?:not|never|will|would|could|might|may|to|expected|plans?|planned|set|agreed|yet|if|once|until|be)\s+(?:[a-z]+\s+){0,2}$/;
/** The event is said not to have happened. */
const DENIED =
  /\b(?:not (?:yet )?(?:taken place|happened|occurred|materiali[sz]ed|been (?:carried out|completed|held))|(?:there (?:was|has been|had been) )?no (?:such )?(?:exchange|swap)s? (?:(?:had|has) )?(?:took place|taken place|was held|happened|yesterday)|there (?:was|has been|had been) no (?:exchange|swap)|no (?:prisoners|captives|POWs|one|people)\b[^.]{0,15}\b(?:were|was|have been|has been|had been) (?:exchanged|swapped|released|freed)|called off|postponed|fell through|collapsed)\b/i;
/** Reported only by hedged or unconfirmed voices: a claim, not an event (a figure there may be a flagged claim). */
const HEDGED = /\b(?:posts? on (?:Telegram|X|social media)|suggest(?:s|ed)? that|unconfirmed|rumou?rs?|could not be (?:independently )?(?:verified|confirmed)|cannot be (?:independently )?(?:verified|confirmed))\b/i;
/** Remains handed over are not prisoners released. */
const REMAINS = /\b(?:bodies|remains) of\b|\breturn of (?:the )?(?:bodies|remains)\b/i;
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
const GENERIC = /\b(?:exchanges (?:have|had) (?:occurred|taken place|been held)|such exchanges|previous(?:,)? smaller(?:-scale)? exchanges|regular(?:ly)?)\b/i;

export interface EventInput {
  sentences: Sentence[];
  mentions: Mention[];
  dates: DateMention[];
}

/** The two states most named in the article, leaving out those named as mediators or hosts: its parties. */
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
  return [...counts.values()].sort((a, b) => b.n - a.n).slice(0, 2).map((c) => c.ref);
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
    .filter((d) => d.sentence === sentence && !d.since && d.value.precision !== 'unknown')
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
  run({ sentences, mentions, dates }, ctx) {
    const text = ctx.article.text;
    const parties = partiesOf(mentions, text);
    const found: EventReport[] = [];
    let current: EventReport | undefined;
    for (const s of sentences) {
      const exchange = EXCHANGE.exec(s.text);
      const release = RELEASE.exec(s.text);
      const trigger = exchange ?? release;
      if (!trigger) continue;
      const at = s.start + trigger.index;
      const evidence = { start: s.start, end: s.end, sentence: s.index };
      // "its released servicemen": a participle used as an adjective reports nothing.
      const happened = [...s.text.matchAll(HAPPENED)].some((m) => {
        const before = s.text.slice(Math.max(0, m.index - 30), m.index);
        return !MODAL_BEFORE.test(before) && !/\b(?:its|their|his|her|the|of|newly)\s+$/i.test(before);
      });
      const denied = DENIED.test(s.text);
      // "3,956 freed in 58 exchanges since 2022": a running total over many exchanges, not one; "with this
      // weekend's exchange, 5,757 have been freed since 2022" speaks of an exchange already reported.
      if (MANY.test(s.text)) continue;
      if (RUNNING_TOTAL.test(s.text)) {
        const last = found.at(-1);
        if (last && exchange && !/s$/i.test(exchange[0])) last.evidence.push(evidence);
        continue;
      }
      if (HEDGED.test(s.text) || REMAINS.test(s.text) || (!exchange && !PEOPLE.test(s.text))) continue;
      if (!happened || denied) {
        const last = found.filter((e) => e.kind === 'exchange').pop();
        if (last && exchange && /\b(?:this|the|that) (?:latest )?(?:exchange|swap)\b/i.test(s.text) && !denied) last.evidence.push(evidence);
        continue;
      }
      if (GENERIC.test(s.text) && !OTHER_EVENT.test(s.text)) continue;
      // "…were returned. The handover was not part of any exchange.": a sentence or two that go on about it may say so.
      // A sentence naming no exchange goes on about the latest event, a release as well as an exchange.
      const kind: EventReport['kind'] =
        WITHOUT_EXCHANGE.test(s.text) || (!exchange && (continuationSays(sentences, s.index, WITHOUT_EXCHANGE) || found.at(-1)?.kind === 'release')) ? 'release' : 'exchange';
      const dateMention = clauseDate(dates, s.index, at, text, ctx.article.publishedAt);
      const statesHere = mentions.filter((m) => m.sentence === s.index && m.entity.label === 'State');
      current = found.filter((e) => e.kind === kind).pop();
      const isPhase = current !== undefined && PHASE.test(s.text) && kind === 'exchange';
      // A quoted voice repeats the event it speaks of ("Today, 303 defenders returned home").
      const quoted = /^["“]/.test(s.text);
      const isOther =
        current === undefined ||
        isPhase ||
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
        current.evidence.push(evidence);
        // "this month" then "last Tuesday": a later, finer date that agrees with the first one says more.
        if (dateMention && (current.date.precision === 'unknown' || finer(dateMention.value, current.date))) current.date = dateMention.value;
        continue;
      }
      const date: DateValue = dateMention?.value ??
        (ctx.article.publishedAt ? { precision: 'unknown', notAfter: ctx.article.publishedAt } : { precision: 'unknown' });
      const sides = kind === 'release' ? releaseSides(statesHere, parties, text) : parties.slice(0, 2);
      const report: EventReport = {
        key: `${kind === 'release' ? 'r' : 'x'}${found.length + 1}`,
        kind,
        sides,
        date,
        phaseOf: isPhase && current ? (current.phaseOf ?? current.key) : null,
        evidence: [evidence],
        confidence: exchange ? 0.8 : 0.6,
      };
      found.push(report);
    }
    return found;
  },
};

/** Do the next sentences, while they go on about the same thing ("The handover…", "It said…"), match `pattern`? */
function continuationSays(sentences: Sentence[], index: number, pattern: RegExp): boolean {
  for (const s of sentences.filter((x) => x.index > index && x.index <= index + 2)) {
    if (!/^(?:The|This|That|It|Its|Their|They)\b/.test(s.text)) return false;
    if (pattern.test(s.text)) return true;
  }
  return false;
}

/** Who let the people go and who got them back: "75 Russian prisoners were handed back" → [other side, Russia]. */
function releaseSides(states: Mention[], parties: EntityRef[], text: string): (EntityRef | null)[] {
  const receiving =
    states.find((m) => /^\s+(?:prisoners|captives|soldiers|servicemen|service members|civilians|citizens|children|commanders|POWs)/i.test(text.slice(m.end, m.end + 20))) ??
    states.find((m) => /\b(?:to|returned to)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const releasing = states.find((m) => m !== receiving && /^\s+(?:has |have )?(?:released|freed|handed|returned|repatriated)/i.test(text.slice(m.end, m.end + 25)));
  const recv = receiving?.entity ?? null;
  const rel = releasing?.entity ?? (recv ? (parties.find((p) => p.id !== recv.id) ?? null) : null);
  return [rel, recv];
}
