import { badInput } from '../api/errors';
import type { ExportScope } from './read';

/**
 * An export's scope from textual options (URL query, command line): `id`,
 * `depth`, `limit`, `types` (comma-separated, or repeated). Bounds are
 * checked where the neighbourhood is read.
 */
export function scopeFrom(options: Record<string, unknown>): ExportScope {
  const one = (name: string): string | undefined => {
    const value = options[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw badInput(`${name} is given more than once`, name);
    return value;
  };
  const integer = (name: string): number | undefined => {
    const text = one(name);
    if (text === undefined) return undefined;
    if (!/^-?\d+$/.test(text)) throw badInput(`${name} must be a whole number, got "${text}"`, name);
    return Number(text);
  };
  const id = one('id');
  const depth = integer('depth');
  const limit = integer('limit');
  if (id === undefined && (depth !== undefined || limit !== undefined)) {
    throw badInput('depth and limit need an id: they bound the neighbourhood of that node', depth !== undefined ? 'depth' : 'limit');
  }
  const rawTypes = options.types;
  const types =
    rawTypes === undefined
      ? null
      : ([] as unknown[])
          .concat(rawTypes)
          .flatMap((t) => String(t).split(','))
          .map((t) => t.trim())
          .filter((t) => t.length > 0);
  return { id, depth, limit, types };
}
