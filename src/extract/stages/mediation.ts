import type { AliasIndex, EntityRef, Stage } from '../context';
import { STATE_OFFICES } from '../lexicon';
import type { Span } from '../span';
import type { EventReport } from './events';
import type { Mention } from './mentions';
import type { NegotiationReport } from './negotiations';
import type { PersonIntro } from './people';
import type { Sentence } from './sentences';

export interface MediationReport {
  /** An event or negotiation key. */
  of: string;
  mediator: EntityRef;
  kind: 'DIRECT' | 'HOSTED_TALKS';
  evidence: Span & { sentence: number };
}

/** "facilitated by officials from the UAE", "with the help of Qatar", "Emirati mediation". */
const BY = /\b(?:mediated|mediation|brokered|facilitated|arranged|negotiated|organi[sz]ed|secured)\s+(?:\w+\s+){0,2}?by\s+(?:(?:officials|representatives|diplomats|the government|the authorities)\s+(?:from|of)\s+)?(?:the\s+)?$/i;
const OF = /\b(?:with|through|thanks to|after|following|via|under)\s+(?:the\s+)?(?:help|mediation|assistance|facilitation|good offices|support|participation|involvement)\s+of\s+(?:the\s+)?$/i;
const ADJ_AFTER = /^(?:['’]s)?[\s-]*(?:mediat(?:ed|ion|ors?)|brokered|facilitated|facilitation)\b/i;
const VERB_AFTER = /^\s+(?:(?:had|has|have|once again|again|also|reportedly)\s+)*(?:mediated|brokered|facilitated|helped (?:to )?(?:broker|mediate|arrange|facilitate|secure)|acted as (?:a )?mediator)\b/i;
const HOST_AFTER = /^\s+(?:hosted|host)\b/i;
const HOSTED_BY = /\bhosted\s+by\s+(?:the\s+)?$/i;
const NEGATED = /\b(?:not|no|never|denied|without)\b[^.]{0,30}$/i;
/** "mediated by Turkey and Saudi Arabia": a name listed right after a mediator mediates too. */
const LISTED = /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/i;
/** "… mediated by the United Nations, Lubinets said": a name after the comma that goes on to speak is the speaker. */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|wrote|stated)\b/i;
/** "a swap agreed at peace talks in Istanbul": the exchange was agreed at talks the city's state hosted. */
const AGREED_AT_TALKS = /\b(?:agreed|negotiated|arranged)\s+(?:at|during|in)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meeting)\s+(?:held\s+)?in\s+$/i;
const SWAP = /\b(?:exchange|swap)s?\b/i;
const SINCE_AFTER = /^[\s-]*(?:mediation|mediated|brokered|facilitated|help)\s+since\b/i;
/** The mediator is said to have brokered talks or an agreement, not the swap itself. */
const OF_TALKS = /\b(?:agreement|deal|talks|negotiations)\b/i;

/**
 * Who mediated what and how: DIRECT where the text says a third party
 * mediated, brokered or facilitated; HOSTED_TALKS where talks were held in a
 * third state's city or hosted by it. Parties to the event are never its
 * mediators; mediation is attached to the event or talks of its sentence.
 */
export const mediation: Stage<
  { sentences: Sentence[]; mentions: Mention[]; people: PersonIntro[]; events: EventReport[]; negotiations: NegotiationReport[]; parties: EntityRef[] },
  MediationReport[]
> = {
  name: 'mediation',
  run({ sentences, mentions, people, events, negotiations, parties }, ctx) {
    const text = ctx.article.text;
    const found: MediationReport[] = [];
    const isParty = (e: EntityRef): boolean => parties.some((p) => p.id === e.id);
    const add = (r: MediationReport): void => {
      if (!found.some((f) => f.of === r.of && f.mediator.id === r.mediator.id && f.kind === r.kind)) found.push(r);
    };
    for (const s of sentences) {
      const evidence = { start: s.start, end: s.end, sentence: s.index };
      const eventHere = events.find((e) => e.evidence.some((x) => x.sentence === s.index)) ?? null;
      const talksHere = negotiations.find((n) => n.evidence.some((x) => x.sentence === s.index)) ?? null;
      // Mediation of what: the sentence's event or talks; "the agreement was brokered by…" the talks; else what the
      // article spoke of last ("It was hosted by … and mediated by the UN" after talks), never something reported only later.
      const lastTalks = negotiations.filter((n) => n.evidence[0].sentence <= s.index).at(-1);
      const latest = (x: { evidence: { sentence: number }[] }): number => Math.max(-1, ...x.evidence.map((v) => v.sentence).filter((i) => i <= s.index));
      // A lead that names the swap before the sentence that reports it ("hailed a prisoner exchange … mediated by the UAE") speaks of it.
      const earlier = [...events, ...negotiations].filter((x) => latest(x) >= 0).sort((a, b) => latest(b) - latest(a))[0] ?? (SWAP.test(s.text) ? events[0] : undefined);
      let previous: Mention | undefined;
      for (const m of mentions.filter((x) => x.sentence === s.index)) {
        const host = m.entity.label === 'State' ? m.entity.id : m.entity.inState;
        if (eventHere && host && !parties.some((p) => p.id === host) && AGREED_AT_TALKS.test(text.slice(s.start, m.start))) {
          const ref: EntityRef = m.entity.label === 'State' ? m.entity : (stateRef(ctx.names, host) ?? { id: host, label: 'State', name: host, known: false });
          // What was agreed is the whole swap, not the day of it that the sentence reports.
          add({ of: eventHere.phaseOf ?? eventHere.key, mediator: ref, kind: 'HOSTED_TALKS', evidence });
        }
        if (!['State', 'Organization', 'Person'].includes(m.entity.label)) continue;
        // A person mediates for the state their title names: the title is read as part of the name.
        const actor = m.entity.label === 'Person' ? actingFor(m, s, people, mentions, text, ctx.names) : { ref: m.entity, from: m.start };
        if (isParty(actor.ref)) continue;
        const before = text.slice(s.start, actor.from);
        const after = text.slice(m.end, s.end);
        const listed = previous !== undefined && LISTED.test(text.slice(previous.end, actor.from)) && !SPEAKS_AFTER.test(after);
        if (NEGATED.test(before.slice(-60)) && !BY.test(before) && !OF.test(before) && !listed) continue;
        // "captives released through Emirati mediation since January 2024": a running total's mediator, not this event's.
        if (SINCE_AFTER.test(after)) continue;
        if (BY.test(before) || OF.test(before) || ADJ_AFTER.test(after) || VERB_AFTER.test(after) || listed) {
          const of = eventHere ?? talksHere ?? (OF_TALKS.test(before) && lastTalks ? lastTalks : earlier);
          // Every event the sentence reports in the words around the mediator ("eight … to Ukraine and three … to Russia,
          // through Qatari mediation"), not one told in a clause of its own.
          const around = events.filter((e) => e.evidence.some((v) => v.sentence === s.index && v.start <= m.start && m.end <= v.end));
          for (const e of eventHere && around.length ? around : of ? [of] : []) add({ of: e.key, mediator: actor.ref, kind: 'DIRECT', evidence });
          previous = m;
        } else if ((HOSTED_BY.test(before) || HOST_AFTER.test(after)) && talksHere) {
          add({ of: talksHere.key, mediator: actor.ref, kind: 'HOSTED_TALKS', evidence });
        }
      }
    }
    // Talks held in a third state's city: that state hosted them.
    for (const n of negotiations.filter((x) => x.kind === 'negotiation' && x.place)) {
      const host = n.place!.label === 'State' ? n.place!.id : n.place!.inState;
      const hostRef = host ? stateRef(ctx.names, host) : undefined;
      if (!host || parties.some((p) => p.id === host)) continue;
      const ref: EntityRef = hostRef ?? { id: host, label: 'State', name: host, known: false };
      add({ of: n.key, mediator: ref, kind: 'HOSTED_TALKS', evidence: n.evidence[0] });
      // A swap reported in the sentence of an agreement reached at these talks ("a new phase of exchanges as part of
      // an agreement forged in Istanbul") was agreed there: the host hosted the whole swap too (the graph's UNDER).
      for (const a of negotiations.filter((x) => x.kind === 'agreement' && x.agreedAt === n.key)) {
        for (const e of events) {
          const shared = a.evidence.find((w) => e.evidence.some((v) => v.sentence === w.sentence));
          if (shared) add({ of: e.phaseOf ?? e.key, mediator: ref, kind: 'HOSTED_TALKS', evidence: shared });
        }
      }
    }
    return found;
  },
};

/** An apposition after a name, up to its end: ", the pope's peace envoy for Ukraine". */
const APPOSITION = /^,\s+(?:the\s+|an?\s+)?([^,.;:]{1,60})/;
/** A state named after a preposition in a title is what the office is about ("envoy for Ukraine"), not whose it is. */
const ABOUT_STATE = /\b(?:for|to|in|on|from|with|at)\s+(?:the\s+)?$/i;

/**
 * The state a person acts for, and where the person's name begins with its title: the body the title names
 * ("Saudi Crown Prince Mohammed bin Salman", "Qatar's minister of state, …"), else the state an apposition's
 * owner names ("Cardinal Matteo Zuppi, the pope's peace envoy for Ukraine" → the Holy See). A person whose
 * title names no state stays the mediator.
 */
function actingFor(m: Mention, s: Sentence, people: PersonIntro[], mentions: Mention[], text: string, names: AliasIndex): { ref: EntityRef; from: number } {
  const intro = people.find((p) => p.sentence === s.index && p.start <= m.start && p.end >= m.end);
  const from = Math.min(m.start, intro?.start ?? m.start);
  // Named again later ("Zuppi arranged it"): the title they were introduced with.
  const body = intro?.body ?? people.find((p) => p.person.id === m.entity.id && p.body)?.body;
  const bodyState = body?.label === 'State' ? body : stateRef(names, body?.inState ?? body?.within?.id ?? '');
  if (bodyState?.label === 'State') return { ref: bodyState, from };
  // The words of the title before the name, then an apposition after it: the first state (or office) named as an owner.
  const apposition = APPOSITION.exec(text.slice(m.end, s.end));
  const spans = [{ start: from, end: m.start }, ...(apposition ? [{ start: m.end + apposition.index + apposition[0].length - apposition[1].length, end: m.end + apposition[0].length }] : [])];
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    const state = mentions.find((x) => x.entity.label === 'State' && x.start >= span.start && x.end <= span.end && !ABOUT_STATE.test(text.slice(span.start, x.start)));
    if (state) return { ref: state.entity, from };
    const office = Object.keys(STATE_OFFICES).find((o) => new RegExp(String.raw`\b${o}(?:['’]s)?\b`, 'i').test(words) && !ABOUT_STATE.test(words.slice(0, words.toLowerCase().indexOf(o))));
    const ref = office ? stateRef(names, STATE_OFFICES[office]) : undefined;
    if (ref) return { ref, from };
  }
  return { ref: m.entity, from };
}

function stateRef(names: AliasIndex, id: string): EntityRef | undefined {
  return [...names.values()].flat().find((r) => r.id === id);
}
