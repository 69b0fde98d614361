import { aliasKeys } from '../facts/aliases';
import type { AliasIndex, EntityRef } from './context';
import { LEXICON } from './lexicon';

/** A name the graph knows: an Alias node and the node it names. */
export interface GraphName {
  key: string;
  id: string;
  label: string;
  name: string;
  /** The state a place lies in, through LOCATED_IN. */
  inState?: string | null;
}

function add(index: AliasIndex, key: string, ref: EntityRef): void {
  const refs = index.get(key) ?? [];
  if (!refs.some((r) => r.id === ref.id)) refs.push(ref);
  index.set(key, refs);
}

/**
 * The names the extractor links: the graph's own aliases first; then the
 * lexicon's, for names the graph does not know (an empty graph still knows
 * Ukraine from "Ukrainian"). A lexicon entry whose id the graph holds links
 * to that node.
 */
export function buildAliasIndex(graphNames: readonly GraphName[]): AliasIndex {
  const index: AliasIndex = new Map();
  const graphIds = new Map<string, EntityRef>();
  for (const n of graphNames) {
    const ref: EntityRef = { id: n.id, label: n.label as EntityRef['label'], name: n.name, known: true, ...(n.inState && { inState: n.inState }) };
    graphIds.set(n.id, ref);
    add(index, n.key, ref);
  }
  const lexicon = new Map(LEXICON.map((e) => [e.id, e]));
  const stateOf = (id: string | undefined): string | undefined => {
    const e = id ? lexicon.get(id) : undefined;
    return !e ? undefined : e.label === 'State' ? e.id : stateOf(e.within);
  };
  for (const entry of LEXICON) {
    const parent = entry.within;
    const ref: EntityRef = graphIds.get(entry.id) ?? {
      id: entry.id,
      label: entry.label,
      name: entry.name,
      known: false,
      ...(parent && {
        within: {
          id: parent,
          basis: `${entry.name} ${entry.label === 'Place' ? 'lies in' : 'belongs to'} ${lexicon.get(parent)?.name} (reference knowledge of the extractor's lexicon)`,
        },
        inState: stateOf(parent),
      }),
    };
    for (const name of [entry.name, ...entry.aliases]) {
      for (const key of aliasKeys(name)) if (!index.has(key)) add(index, key, ref);
    }
  }
  return index;
}
