import { GraphQLError } from 'graphql';
import { SOURCE_LABELS, CURATED_LABELS, RELATIONSHIP_TYPE_NAMES, type RelationshipTypeName } from '../../facts/model';
import { badInput } from '../errors';

/** The bounds every graph-shaped request must keep (a GitHub-like node budget). */
export const BOUNDS = {
  depth: { min: 1, max: 3, default: 1 },
  limit: { min: 1, max: 500, default: 200 },
  maxLength: { min: 1, max: 10, default: 6 },
  k: { min: 1, max: 10, default: 1 },
} as const;

/** How many paths `all` returns at most: every shortest path can be many in a dense graph. */
export const ALL_PATHS_CAP = 25;

/** The hubs a path may avoid: every event touches a state, so paths through one say little. */
export const HUB_LABELS: readonly string[] = ['State'];

/** What a path that follows only what happened leaves out: claims about events, and offices. */
const NOT_EVENTS: readonly RelationshipTypeName[] = ['ABOUT', 'STATED_BY', 'RETURNED_TO', 'RELEASED_BY', 'HOLDS_ROLE'];
export const EVENT_RELATIONSHIP_TYPES: readonly string[] = RELATIONSHIP_TYPE_NAMES.filter((t) => !NOT_EVENTS.includes(t));

/** Labels a `types` filter may name: Alias keys are an index, not part of the graph. */
export const FILTERABLE_LABELS: readonly string[] = [...CURATED_LABELS, ...SOURCE_LABELS.filter((l) => l !== 'Alias')];

/** An integer argument within its bounds (null or absent: its default), else BAD_USER_INPUT naming it. */
export function bounded(argument: string, value: number | null | undefined, bounds: { min: number; max: number; default: number }): number {
  if (value === null || value === undefined) return bounds.default;
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw badInput(`${argument} must be between ${bounds.min} and ${bounds.max}, got ${value}`, argument);
  }
  return value;
}

/** A label filter: null keeps the default; every label must exist in the model. */
export function labelFilter(types: readonly string[] | null | undefined): string[] | null {
  if (types === null || types === undefined) return null;
  const unknown = types.filter((t) => !FILTERABLE_LABELS.includes(t));
  if (unknown.length > 0) {
    throw badInput(`types: unknown label ${unknown.map((t) => `"${t}"`).join(', ')}; labels are ${FILTERABLE_LABELS.join(', ')}`, 'types');
  }
  return [...new Set(types)];
}

export function notFound(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', argument } });
}

/** No node (with `curatedOnly`, no curated node) has the id given as `argument`. */
export const noNode = (id: string, argument: string, curatedOnly: boolean): GraphQLError =>
  notFound(`No ${curatedOnly ? 'curated ' : ''}node has the id "${id}"`, argument);
