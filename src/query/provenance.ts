import { Names, type Text, Var, cypher, raw, renderText } from './select/tree';

/**
 * The `curatedOnly` filters: a fact a person vouches for. Seed facts loaded
 * before provenance existed carry no `reviewStatus` and count as curated;
 * so do the sources (Article, Evidence) and the relationships to them, which
 * never carry one.
 */
export const isCurated = (fact: Var | Text): Text => cypher`coalesce(${fact}.reviewStatus, 'curated') = 'curated'`;

/** `isCurated` for a variable of hand-written Cypher. */
export const CURATED = (v: string): string => renderText(isCurated(raw(v)), new Names());

/** Every node and relationship of path `p` is curated. */
export const curatedPath = (p: Var): Text => {
  const [n, r] = [new Var('n'), new Var('r')];
  return cypher`all(${n} IN nodes(${p}) WHERE ${isCurated(n)}) AND all(${r} IN relationships(${p}) WHERE ${isCurated(r)})`;
};

/** `CURATED` when the request's `$curatedOnly` asks for it (hand-written Cypher that takes the parameter); true otherwise. */
export const curatedWhenAsked = (v: string): string => `(NOT $curatedOnly OR ${CURATED(v)})`;
