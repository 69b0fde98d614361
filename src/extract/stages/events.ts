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
const RELEASE = /\b(?:released|freed|returned(?: home)?|return(?:ed)? to|handed (?:back|over)|repatriated|brought (?:back )?home|came home|come home|were (?:released|freed|returned|swapped|exchanged)|swapped|exchanged)\b/i;
/** A verb saying the event took place (unless a modal or negation stands just before it). */
const HAPPENED =
  /\b(?:conducted|carried out|completed|initiated|began|begun|took place|taking place|commenced|saw|swapped|exchanged|released|freed|returned|handed (?:back|over)|repatriated|came home|received|brought (?:back|home))\b/gi;
const MODAL_BEFORE = /\b(?:not|never|will|would|could|might|may|to|expected|plans?|planned|set|agreed|yet|if|once|until|be)\s+(?:[a-z]+\s+){0,2}$/;
/** The event is said not to have happened. */
const DENIED =
  /\b(?:not (?:yet )?(?:taken place|happened|occurred|materiali[sz]ed|been (?:carried out|completed|held))|no (?:exchange|swap) (?:took place|has taken place|was held|happened)|called off|postponed|fell through|collapsed)\b/i;
/** A running total ("4,757 released since March 2022"), not one event. */
const RUNNING_TOTAL = /\b(?:since (?:the )?(?:start|beginning|onset|outbreak|March|February|\d{4})|in total|so far|to date|as of now|altogether)\b/i;
/** Handed over outside any exchange: a release, not an exchange. */
const WITHOUT_EXCHANGE = /\b(?:without (?:an? |any )?(?:exchange|swap)|unilateral(?:ly)?|outside (?:of )?(?:an?|any|the) (?:exchange|swap)|not (?:as )?part of (?:an?|any|the) (?:exchange|swap))\b/i;
/** A report that points at an earlier, different event. */
const OTHER_EVENT = /\b(?:another|earlier (?:this|last) (?:month|week|year)|previous|prior|most recent(?: notable)?|a separate|separately|last (?:month|week|year)|in (?:January|February|March|April|June|July|August|September|October|November|December)\b)/i;
/** A further day or stage of a multi-day swap. */
const PHASE = /\b(?:second|third|fourth|final|next|further|another) (?:day|phase|stage|round|batch)|\bday (?:two|three|2|3)\b|\bcontinued on\b/i;
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
    if (/^[\s-]*(?:mediat|broker|facilitat|host)/i.test(text.slice(m.end, m.end + 16))) continue;
    const c = counts.get(m.entity.id) ?? { ref: m.entity, n: 0 };
    c.n++;
    counts.set(m.entity.id, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).slice(0, 2).map((c) => c.ref);
}

function clauseDate(dates: DateMention[], sentence: number, near: number): DateMention | undefined {
  return dates
    .filter((d) => d.sentence === sentence && !d.since && d.value.precision !== 'unknown')
    .sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
}

/**
 * Exchanges and releases reported as having happened, one per event: later
 * sentences about "the exchange" add evidence to the event they follow; a
 * sentence about an earlier exchange, or a further day, starts another (a
 * further day as a phase). Planned, agreed, proposed or denied exchanges are
 * not events; people handed back "without an exchange" are a release.
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
      const happened = [...s.text.matchAll(HAPPENED)].some((m) => !MODAL_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)));
      const denied = DENIED.test(s.text);
      if (RUNNING_TOTAL.test(s.text) && !exchange) continue;
      if (!happened || denied) {
        const last = found.filter((e) => e.kind === 'exchange').pop();
        if (last && exchange && /\b(?:this|the|that) (?:latest )?(?:exchange|swap)\b/i.test(s.text) && !denied) last.evidence.push(evidence);
        continue;
      }
      if (GENERIC.test(s.text) && !OTHER_EVENT.test(s.text)) continue;
      const kind: EventReport['kind'] = WITHOUT_EXCHANGE.test(s.text) ? 'release' : 'exchange';
      const dateMention = clauseDate(dates, s.index, at);
      const statesHere = mentions.filter((m) => m.sentence === s.index && m.entity.label === 'State');
      current = found.filter((e) => e.kind === kind).pop();
      const isPhase = current !== undefined && PHASE.test(s.text) && kind === 'exchange';
      const isOther =
        current === undefined ||
        isPhase ||
        OTHER_EVENT.test(s.text) ||
        (dateMention?.value.precision === 'day' && current.date.precision === 'day' && dateMention.value.start !== current.date.start);
      if (!isOther && current) {
        current.evidence.push(evidence);
        if (current.date.precision === 'unknown' && dateMention) current.date = dateMention.value;
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
