import { foldDiacritics } from './aliases';
import type { Facts } from './facts';

/** One fact (a node or a relationship) with the quotes it rests on, for a reader to check them. */
export interface FactQuotes {
  fact: string;
  basis: string | null;
  quotes: { article: string; quote: string }[];
}

export function quotesByFact(facts: Facts): FactQuotes[] {
  const byId = new Map(facts.evidence.map((e) => [e.id, e]));
  const quotes = (ids: string[]): FactQuotes['quotes'] =>
    ids.map((id) => byId.get(id)!).map((e) => ({ article: e.articleId, quote: e.quote }));
  return [
    ...facts.nodes.filter((n) => n.evidence.length > 0).map((n) => ({ fact: n.id, basis: null, quotes: quotes(n.evidence) })),
    ...facts.relationships.map((r) => ({ fact: r.id, basis: (r.props.basis as string | undefined) ?? null, quotes: quotes(r.props.evidence as string[]) })),
  ];
}

/** Relationship types whose quotes must name the node they lead to: who said it, which side. */
const NAMED_TARGET = ['STATED_BY', 'RETURNED_TO', 'RELEASED_BY', 'BETWEEN'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const fold = (text: string): string => foldDiacritics(text).toLowerCase();
const names = (text: string, name: string): boolean =>
  new RegExp(`(^|[^\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(fold(text));

/**
 * The facts whose quotes do not themselves state them, and that carry no
 * basis saying the link is the curator's reading: a figure none of whose
 * quotes holds its number; a speaker or side none of whose quotes names it.
 * A mechanical floor under the reading of every quote, not a substitute.
 */
export function unstatedFacts(facts: Facts): string[] {
  const nodes = new Map(facts.nodes.map((n) => [n.id, n]));
  const evidence = new Map(facts.evidence.map((e) => [e.id, e.quote]));
  const problems: string[] = [];
  for (const n of facts.nodes) {
    const value = n.props.value as number | undefined;
    if (!n.labels.includes('Figure') || value === undefined) continue;
    const forms = [String(value), value.toLocaleString('en-US'), ...(value <= 10 ? [NUMBER_WORDS[value]] : [])];
    const quotes = n.evidence.map((id) => evidence.get(id)!);
    if (!quotes.some((q) => forms.some((f) => names(q, f)))) problems.push(`${n.id}: no quote holds ${value}`);
  }
  for (const r of facts.relationships) {
    if (!NAMED_TARGET.includes(r.type) || r.props.basis !== undefined) continue;
    const target = nodes.get(r.to)!;
    const called = [target.props.name as string, ...((target.props.aliases as string[] | undefined) ?? [])];
    const quotes = (r.props.evidence as string[]).map((id) => evidence.get(id)!);
    if (!quotes.some((q) => called.some((c) => names(q, c)))) problems.push(`${r.id}: no quote names ${target.props.name}`);
  }
  return problems;
}
