import { EVENT_LABELS } from './model';
import type { PathKey } from './read';
import type { NodeInput } from './schema';

type Problem = (at: PathKey[], reason: string) => void;

/**
 * What a claim may say about the events it concerns. A running total
 * ("4,757 released since March 2022") counts no single event; a claim whose
 * referent is ambiguous names its candidates (MAY_BE_ABOUT) and picks none.
 * `labelOf` gives the label of a node id (undefined when there is none).
 */
export function checkClaim(n: NodeInput, labelOf: (id: string) => string | undefined, problem: Problem): void {
  const isEvent = (id: string): boolean => (EVENT_LABELS as readonly string[]).includes(labelOf(id) ?? '');
  const relationsOf = (type: string): [NodeInput['relations'][number], number][] =>
    n.relations.map((r, i) => [r, i] as [NodeInput['relations'][number], number]).filter(([r]) => r.type === type);

  if (n.status === 'cumulative' && n.since === undefined) problem(['status'], 'a cumulative figure needs `since`, the date its count runs from');
  if (n.since !== undefined && n.status !== 'cumulative') problem(['since'], '`since` goes with status cumulative');
  if (n.status === 'cumulative') {
    for (const [r, i] of relationsOf('ABOUT')) {
      if (isEvent(r.to)) problem(['relations', i, 'to'], `a cumulative figure counts no single event: ABOUT "${r.to}" is not allowed`);
    }
  }

  const candidates = relationsOf('MAY_BE_ABOUT');
  if (n.flag === 'ambiguous') {
    if (candidates.length < 2) problem(['flag'], 'an ambiguous claim names at least two candidates with MAY_BE_ABOUT');
    for (const [r, i] of relationsOf('ABOUT')) {
      if (isEvent(r.to)) problem(['relations', i, 'to'], `an ambiguous claim picks no event: "${r.to}" belongs in MAY_BE_ABOUT`);
    }
    for (const [r, i] of candidates) {
      if (r.how === undefined) problem(['relations', i], 'MAY_BE_ABOUT says with `how` why the candidate is one');
    }
  } else {
    for (const [, i] of candidates) problem(['relations', i, 'type'], 'MAY_BE_ABOUT goes with flag ambiguous');
  }
}
