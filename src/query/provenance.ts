/**
 * The `curatedOnly` filters: a fact a person vouches for. Seed facts loaded
 * before provenance existed carry no `reviewStatus` and count as curated.
 */
export const CURATED = (v: string): string => `coalesce(${v}.reviewStatus, 'curated') = 'curated'`;

/** `CURATED` when the request's `$curatedOnly` asks for it; true otherwise. */
export const curatedWhenAsked = (v: string): string => `(NOT $curatedOnly OR ${CURATED(v)})`;
