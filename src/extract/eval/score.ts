import { lookupKey } from '../tokens';
import { type Gold, normalDate } from './gold';

export const KINDS = ['events', 'dates', 'negotiations', 'mediations', 'figures', 'groups', 'statements', 'people'] as const;
export type Kind = (typeof KINDS)[number];
export interface Count {
  gold: number;
  predicted: number;
  matched: number;
}
export type Scores = Record<Kind, Count>;

/** Names compared through aliases: each name stands for the set of keys of every alias group it belongs to. */
export class Names {
  private readonly groups = new Map<string, Set<string>>();

  add(names: string[]): void {
    const keys = new Set(names.map(lookupKey));
    for (const k of [...keys]) for (const other of this.groups.get(k) ?? []) keys.add(other);
    for (const k of keys) this.groups.set(k, keys);
  }

  /** "Ukrainian officials" speak for Ukraine. */
  private keysOf(name: string): Set<string> {
    const key = lookupKey(name.replace(/\s+(?:officials|authorities|government|side)$/i, ''));
    return this.groups.get(key) ?? new Set([key]);
  }

  same(a: string | null | undefined, b: string | null | undefined): boolean {
    if (!a || !b) return !a && !b;
    const ka = this.keysOf(a);
    return [...this.keysOf(b)].some((k) => ka.has(k));
  }
}

/** Pairs gold and predicted items one to one, first fit: what `same` accepts. */
function pair<G, P>(gold: G[], predicted: P[], same: (g: G, p: P) => boolean): Map<G, P> {
  const used = new Set<P>();
  const pairs = new Map<G, P>();
  for (const g of gold) {
    const p = predicted.find((x) => !used.has(x) && same(g, x));
    if (p !== undefined) {
      used.add(p);
      pairs.set(g, p);
    }
  }
  return pairs;
}

function compatible(a: unknown, b: unknown): boolean {
  const x = normalDate(a)!;
  const y = normalDate(b)!;
  if (!x.start || !y.start) return !x.start && !y.start;
  const width = { day: 10, month: 7, year: 4 }[x.precision as 'day'] ?? 10;
  return x.precision === y.precision && x.start.slice(0, width) === y.start.slice(0, width);
}

function sameDate(a: unknown, b: unknown): boolean {
  const x = normalDate(a)!;
  const y = normalDate(b)!;
  return compatible(a, b) && (x.start !== undefined || (x.notAfter ?? null) === (y.notAfter ?? null));
}

/** Does a predicted span's text overlap the gold sentence in the article? */
function overlaps(text: string, gold: string, predicted: string): boolean {
  const g = text.indexOf(gold);
  const p = text.indexOf(predicted);
  if (g < 0 || p < 0) return gold.includes(predicted) || predicted.includes(gold);
  return p < g + gold.length && g < p + predicted.length;
}

/** An unmatched item: a false negative (gold) or a false positive (extracted). */
export interface Miss {
  article: string;
  kind: Kind;
  side: 'missed' | 'spurious';
  item: Record<string, unknown>;
}

/** Scores one article's prediction against its gold, per kind (gold-format.md); unmatched items go to `misses`. */
export function score(text: string, gold: Gold, predicted: Gold & { groupAliases?: Record<string, string[]> }, names: Names, misses?: Miss[]): Scores {
  for (const [name, aliases] of Object.entries(gold.aliases ?? {})) names.add([name, ...aliases]);
  const sameSides = (a: (string | null)[], b: (string | null)[], ordered: boolean): boolean =>
    a.length === b.length && (ordered ? a.every((s, i) => names.same(s, b[i])) : a.every((s) => b.some((t) => names.same(s, t))) && b.every((t) => a.some((s) => names.same(s, t))));
  const events = pair(gold.events, predicted.events, (g, p) => g.kind === p.kind && sameSides(g.sides, p.sides, g.kind === 'release') && compatible(g.date, p.date));
  // The event each gold date is judged on: the event matched above (the same event, whichever of its
  // sentences each side quotes), else for a wrongly dated one the extracted event stated in the same span.
  const located = new Map(events);
  const placed = new Set(events.values());
  for (const [g, p] of pair(gold.events.filter((g) => !events.has(g)), predicted.events.filter((p) => !placed.has(p)), (g, p) =>
    g.kind === p.kind && sameSides(g.sides, p.sides, g.kind === 'release') && overlaps(text, g.sentence, p.sentence))) located.set(g, p);
  const talks = pair(gold.negotiations, predicted.negotiations, (g, p) => g.kind === p.kind && (names.same(g.place, p.place) || (normalDate(g.date)?.start !== undefined && sameDate(g.date, p.date))));
  const keyOf = new Map<string, string>([...[...events].map(([g, p]) => [g.key, p.key] as const), ...[...talks].map(([g, p]) => [g.key, p.key] as const)]);
  const groupNames = (p: string): string[] => predicted.groupAliases?.[p] ?? [p];
  const counts = <G, P>(kind: Kind, g: G[], p: P[], pairs: Map<G, P>): Count => {
    if (misses) {
      const used = new Set(pairs.values());
      for (const x of g) if (!pairs.has(x)) misses.push({ article: gold.article, kind, side: 'missed', item: x as Record<string, unknown> });
      for (const x of p) if (!used.has(x)) misses.push({ article: gold.article, kind, side: 'spurious', item: x as Record<string, unknown> });
    }
    return { gold: g.length, predicted: p.length, matched: pairs.size };
  };
  return {
    events: counts('events', gold.events, predicted.events, events),
    dates: counts('dates', gold.events, predicted.events, new Map([...located].filter(([g, p]) => sameDate(g.date, p.date)))),
    negotiations: counts('negotiations', gold.negotiations, predicted.negotiations, talks),
    mediations: counts('mediations', gold.mediations, predicted.mediations, pair(gold.mediations, predicted.mediations, (g, p) => keyOf.get(g.event) === p.event && g.kind === p.kind && names.same(g.mediator, p.mediator))),
    figures: counts('figures', gold.figures, predicted.figures, pair(gold.figures, predicted.figures, (g, p) =>
      g.value === p.value && names.same(g.returnedTo, p.returnedTo) && names.same(g.releasedBy, p.releasedBy) && names.same(g.claimant, p.claimant))),
    groups: counts('groups', gold.groups, predicted.groups, pair(gold.groups, predicted.groups, (g, p) => keyOf.get(g.event) === p.event && groupNames(p.group).some((n) => names.same(g.group, n)))),
    statements: counts('statements', gold.statements, predicted.statements, pair(gold.statements, predicted.statements, (g, p) => names.same(g.speaker, p.speaker) && overlaps(text, g.sentence, p.sentence))),
    people: counts('people', gold.people, predicted.people, pair(gold.people, predicted.people, (g, p) => names.same(g.name, p.name))),
  };
}

export function add(a: Scores, b: Scores): Scores {
  return Object.fromEntries(KINDS.map((k) => [k, { gold: a[k].gold + b[k].gold, predicted: a[k].predicted + b[k].predicted, matched: a[k].matched + b[k].matched }])) as Scores;
}

export const empty = (): Scores => Object.fromEntries(KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }])) as Scores;

export function f1(c: Count): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.matched / c.predicted : c.gold ? 0 : 1;
  const recall = c.gold ? c.matched / c.gold : c.predicted ? 0 : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
