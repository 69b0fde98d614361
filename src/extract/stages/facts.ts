import type { EvidenceInput, NodeInput, RelationInput } from '../../facts/schema';
import type { EntityRef, Stage } from '../context';
import type { Extraction } from '../pipeline';
import { type Span, quoteOf } from '../span';
import { slug } from '../slug';
import { LEXICON } from '../lexicon';
import type { DateValue } from './dates';
import type { EventReport } from './events';
import type { NegotiationReport } from './negotiations';
import type { Resolution } from './resolution';

/** What the extraction adds to the graph: nodes in the seeds' own shape, with how sure the extractor is of each. */
export interface ExtractedFacts {
  /** New nodes, and nodes of the graph that gain evidence or relations (listed in `existing`). */
  nodes: NodeInput[];
  existing: Set<string>;
  confidence: Map<string, number>;
  proposals: { fact: string; candidate: string; reason: string }[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a reader says it: "23 May 2025", "May 2025", "2025", "reported 4 January 2024", "date unknown". */
function spoken(d: DateValue): string {
  const say = (iso: string, precision: string): string => {
    const [y, m, day] = iso.split('-').map(Number);
    return precision === 'year' ? `${y}` : precision === 'month' ? `${MONTHS[m - 1]} ${y}` : `${day} ${MONTHS[m - 1]} ${y}`;
  };
  if (d.start && d.precision !== 'unknown') return say(d.start, d.precision);
  return d.notAfter ? `reported ${say(d.notAfter, 'day')}` : 'date unknown';
}

/** A mediator's short name for a title: "UAE" rather than "United Arab Emirates". */
const shortName = (ref: EntityRef): string => LEXICON.find((e) => e.id === ref.id)?.aliases.find((a) => /^[A-Z]{2,5}$/.test(a)) ?? ref.name;

/**
 * A short readable name, as the seeds name their events: "UAE-mediated exchange between Ukraine and Russia,
 * 23 May 2025", "Release from Russia to Ukraine, reported 4 January 2024", "Talks in Istanbul, 16 May 2025".
 */
export function eventTitle(e: { kind: EventReport['kind'] | NegotiationReport['kind']; sides?: (EntityRef | null)[]; place?: EntityRef | null; date: DateValue }, mediators: EntityRef[] = []): string {
  const by = mediators.length ? `${mediators.map(shortName).join('- and ')}-mediated ` : '';
  const what =
    e.kind === 'exchange'
      ? `exchange between ${e.sides?.filter((s) => s).map((s) => s!.name).join(' and ') || 'unnamed sides'}`
      : e.kind === 'release'
        ? `release${e.sides?.[0] ? ` from ${e.sides[0].name}` : ''}${e.sides?.[1] ? ` to ${e.sides[1].name}` : ''}`
        : `${e.kind === 'agreement' ? 'agreement' : 'talks'}${e.place ? ` in ${e.place.name}` : ''}`;
  const title = `${by}${what}, ${spoken(e.date)}`;
  return title[0].toUpperCase() + title.slice(1);
}

const CONFIDENCE = { event: 0.75, release: 0.6, negotiation: 0.7, figure: 0.7, statement: 0.65, entity: 0.8 } as const;

/**
 * Turns an extraction into nodes the loader takes (src/facts/schema.ts
 * NodeInput), every piece of evidence an exact span of the article. Events
 * resolved to one of the graph gain this article's evidence instead of being
 * created again; entities the graph lacks are proposed as new.
 */
export const facts: Stage<{ extraction: Extraction; resolutions: Resolution[] }, ExtractedFacts> = {
  name: 'facts',
  run({ extraction: x, resolutions }, ctx) {
    const { id: articleId, text } = ctx.article;
    const prefix = `x-${slug(articleId)}`;
    const ev = (span: Span): EvidenceInput => ({ article: articleId, quote: quoteOf(text, span) });
    const out = new Map<string, NodeInput>();
    const existing = new Set<string>();
    const confidence = new Map<string, number>();
    const proposals: ExtractedFacts['proposals'] = [];
    const node = (n: Partial<NodeInput> & Pick<NodeInput, 'id' | 'label' | 'name'>, sure: number): NodeInput => {
      const full: NodeInput = { aliases: [], evidence: [], relations: [], ...n };
      if (!out.has(full.id)) {
        out.set(full.id, full);
        confidence.set(full.id, sure);
      }
      return out.get(full.id)!;
    };
    const relate = (from: NodeInput, rel: Omit<RelationInput, 'evidence'> & { evidence?: EvidenceInput[] }): void => {
      const same = from.relations.find((r) => r.type === rel.type && r.to === rel.to);
      const evidence = rel.evidence ?? [];
      if (same) {
        for (const e of evidence) if (!same.evidence.some((x) => x.quote === e.quote)) same.evidence.push(e);
      } else from.relations.push({ ...rel, evidence });
    };
    /** An entity: nothing to write when the graph has it; proposed (with where it lies) when not. */
    const entity = (ref: EntityRef): string => {
      if (ref.known || out.has(ref.id)) return ref.id;
      const n = node({ id: ref.id, label: ref.label, name: ref.name, aliases: [ref.name] }, CONFIDENCE.entity);
      if (ref.within) {
        const parent = [...ctx.names.values()].flat().find((r) => r.id === ref.within!.id);
        if (parent) entity(parent);
        relate(n, { type: ref.label === 'Place' ? 'LOCATED_IN' : 'PART_OF', to: ref.within.id, basis: ref.within.basis });
      }
      return ref.id;
    };
    /** A title unique in the article: a second event of the same day and sides is told apart by its number. */
    const titles = new Map<string, number>();
    const unique = (title: string): string => {
      const n = (titles.get(title) ?? 0) + 1;
      titles.set(title, n);
      return n === 1 ? title : `${title} (#${n})`;
    };
    /** A name that says what the fact is and where it is read: unique in the article. */
    const named = (what: string, span: Span): string => {
      const sentence = quoteOf(text, span).replace(/\s+/g, ' ');
      return `${what}: “${sentence.length > 90 ? `${sentence.slice(0, 90)}…` : sentence}” (${articleId})`;
    };

    // Events: resolved to the graph's, a phase of one, or new.
    const eventIds = new Map<string, string>();
    for (const e of x.events) {
      const r = resolutions.find((y) => y.key === e.key) ?? { key: e.key, as: 'new' as const };
      const evidence = e.evidence.map(ev);
      const sides = e.sides.filter((s): s is EntityRef => s !== null);
      if (r.as === 'same') {
        existing.add(r.id);
        eventIds.set(e.key, r.id);
        node({ id: r.id, label: e.kind === 'release' ? 'Release' : 'Exchange', name: r.id, evidence }, e.confidence);
        continue;
      }
      const id = `${prefix}-${e.key}`;
      eventIds.set(e.key, id);
      const label = e.kind === 'release' ? 'Release' : 'Exchange';
      const mediators = x.mediations.filter((m) => m.of === e.key && m.kind === 'DIRECT').map((m) => m.mediator);
      const parentTitle = e.phaseOf ? x.events.find((p) => p.key === e.phaseOf) : undefined;
      const title = parentTitle
        ? `${spoken(e.date)}: phase of the ${eventTitle(parentTitle, x.mediations.filter((m) => m.of === parentTitle.key && m.kind === 'DIRECT').map((m) => m.mediator)).replace(/^./, (c) => c.toLowerCase())}`
        : eventTitle(e, mediators);
      const n = node({ id, label, name: unique(title), date: e.date, evidence }, e.confidence);
      if (e.kind === 'exchange') for (const s of sides) relate(n, { type: 'BETWEEN', to: entity(s), evidence: [evidence[0]] });
      else {
        if (e.sides[0]) relate(n, { type: 'RELEASED_BY', to: entity(e.sides[0]), evidence: [evidence[0]] });
        if (e.sides[1]) relate(n, { type: 'RETURNED_TO', to: entity(e.sides[1]), evidence: [evidence[0]] });
      }
      const parent = r.as === 'phase' ? r.of : e.phaseOf ? `${prefix}-${e.phaseOf}` : null;
      if (parent) relate(n, { type: 'PHASE_OF', to: parent, evidence: [evidence[0]] });
      if (r.as === 'proposal') proposals.push({ fact: id, candidate: r.candidate, reason: r.why });
    }

    const negotiationIds = new Map<string, string>();
    for (const g of x.negotiations) {
      const id = `${prefix}-${g.key}`;
      negotiationIds.set(g.key, id);
      const label = g.kind === 'agreement' ? 'Agreement' : 'Negotiation';
      const evidence = g.evidence.map(ev);
      const n = node({ id, label, name: unique(eventTitle(g)), date: g.date, evidence }, CONFIDENCE.negotiation);
      if (g.place) relate(n, { type: 'TOOK_PLACE_IN', to: entity(g.place), evidence: [evidence[0]] });
      for (const p of x.parties) relate(n, { type: 'BETWEEN', to: entity(p), evidence: [evidence[0]] });
    }
    for (const g of x.negotiations) {
      if (g.agreedAt) relate(out.get(negotiationIds.get(g.key)!)!, { type: 'AGREED_AT', to: negotiationIds.get(g.agreedAt)!, evidence: [ev(g.evidence[0])] });
      if (g.kind !== 'agreement') continue;
      // An exchange reported in the same sentence as the agreement was carried out under it.
      for (const e of x.events) {
        const shared = e.evidence.find((a) => g.evidence.some((b) => b.sentence === a.sentence));
        const id = eventIds.get(e.key)!;
        if (shared && !existing.has(id)) relate(out.get(id)!, { type: 'UNDER', to: negotiationIds.get(g.key)!, evidence: [ev(shared)] });
      }
    }

    const targetOf = (key: string | null): string | undefined => (key ? (eventIds.get(key) ?? negotiationIds.get(key)) : undefined);
    for (const m of x.mediations) {
      const of = targetOf(m.of);
      if (!of) continue;
      const from = out.get(of)!;
      relate(from, { type: 'MEDIATED_BY', to: entity(m.mediator), role: m.kind === 'DIRECT' ? 'mediator' : 'host', evidence: [ev(m.evidence)] });
    }

    x.figures.forEach((f, i) => {
      const n = node(
        {
          id: `${prefix}-fig-${i + 1}`,
          label: 'Figure',
          name: named(`${f.value} ${f.category}${f.returnedTo ? ` returned to ${f.returnedTo.name}` : ''}${f.claimant ? `, per ${f.claimant.name}` : ''} (#${i + 1})`, f),
          value: f.value,
          qualifier: f.qualifier,
          category: f.category,
          status: f.status,
          ...(f.since && { since: f.since }),
          ...(f.flag && { flag: f.flag, flagNote: 'The article says the figure cannot be verified or is disputed.' }),
          evidence: [ev(f)],
        },
        CONFIDENCE.figure,
      );
      const about = targetOf(f.event);
      const sentence = x.sentences[f.sentence];
      if (about) relate(n, { type: 'ABOUT', to: about, evidence: [ev(sentence)] });
      if (f.returnedTo) relate(n, { type: 'RETURNED_TO', to: entity(f.returnedTo), evidence: [ev(sentence)] });
      if (f.releasedBy) relate(n, { type: 'RELEASED_BY', to: entity(f.releasedBy), evidence: [ev(sentence)] });
      if (f.claimant) relate(n, { type: 'STATED_BY', to: entity(f.claimant), evidence: [ev(sentence)] });
    });

    for (const g of x.groups) {
      const event = out.get(eventIds.get(g.event)!);
      if (!event) continue;
      const id = entity(g.group);
      const group = out.get(id);
      if (group && !g.group.known) {
        group.aliases = [...new Set([...group.aliases, ...g.group.aliases])];
        if (g.group.defended) relate(group, { type: 'DEFENDED', to: entity([...ctx.names.values()].flat().find((r) => r.id === g.group.defended)!), evidence: [ev(g)] });
      }
      relate(event, { type: 'INVOLVED', to: id, evidence: [ev(x.sentences[g.sentence])] });
    }

    x.statements.forEach((s, i) => {
      const n = node(
        {
          id: `${prefix}-st-${i + 1}`,
          label: 'Statement',
          name: named(`${s.speaker.name} (#${i + 1})`, s),
          text: quoteOf(text, s),
          ...(s.quote && { quote: s.quote }),
          ...(s.channel && { channel: s.channel }),
          evidence: [ev(s)],
        },
        CONFIDENCE.statement,
      );
      relate(n, { type: 'STATED_BY', to: entity(s.speaker), evidence: [ev(s)] });
      const about = targetOf(s.about);
      if (about) relate(n, { type: 'ABOUT', to: about, evidence: [ev(s)] });
    });

    for (const p of x.people) {
      const id = entity(p.person);
      const person = out.get(id);
      if (person && p.title && p.body) relate(person, { type: 'HOLDS_ROLE', to: entity(p.body), title: p.title, evidence: [ev(p)] });
      else if (person && p.title && !person.description) person.description = p.title;
    }
    return { nodes: [...out.values()], existing, confidence, proposals };
  },
};
