import type { LinkRow, RefRow } from './rows';

/** The links of the given type, in the given direction (outgoing by default). */
export function linksOf(links: LinkRow[], type: string, outgoing = true): LinkRow[] {
  return links.filter((l) => l.type === type && l.outgoing === outgoing);
}

/** The links a type has no dedicated field for. */
export function otherLinks(links: LinkRow[], shown: readonly string[]): LinkRow[] {
  return links.filter((l) => !shown.includes(l.type));
}

/** The nodes a claim points to through relationships of this type. */
export function targetsOf(targets: { type: string; node: RefRow }[], type: string): RefRow[] {
  return targets.filter((t) => t.type === type).map((t) => t.node);
}
