import type { Span } from './span';

/** An entity a name can stand for: a node of the graph, or one the extractor proposes. */
export interface EntityRef {
  id: string;
  label: 'State' | 'Organization' | 'Person' | 'Place' | 'Unit' | 'Group';
  name: string;
  /** Already a node of the graph (else the extractor proposes it as new). */
  known: boolean;
  /** For a proposed place or body: the place, state or body it lies in or belongs to, with why. */
  within?: { id: string; basis: string };
  /** For a place: the state it lies in (Istanbul → Turkey), so talks held there name their host. */
  inState?: string;
  /** For a proposed group: what it defended. */
  defended?: string;
}

/** Alias key (aliasKeys) → the entities that name stands for; more than one is ambiguous. */
export type AliasIndex = Map<string, EntityRef[]>;

export interface ExtractProblem {
  stage: string;
  span?: Span;
  reason: string;
}

export interface ExtractContext {
  article: {
    id: string;
    text: string;
    publishedAt?: string;
    /** The dateline that gave publishedAt: not a date of any event. */
    dateline?: Span;
    /** The headline: it names what the body reports, so it reports nothing of its own. */
    headline?: Span;
  };
  names: AliasIndex;
  report(problem: ExtractProblem): void;
}

/** One step of the pipeline: pure (no I/O, no clock), plain data in and out. */
export interface Stage<In, Out> {
  name: string;
  run(input: In, ctx: ExtractContext): Out;
}
