import { badInput } from '../api/errors';

export const MAX_PAGE = 100;

/** `first` must be 1–100: every list is bounded. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badInput(`"${argument}" must be between 1 and ${MAX_PAGE}, got ${size}`, argument);
  }
  return size;
}

/**
 * Cursors are opaque to clients: base64 of the sort key of the last item
 * seen, tagged with the ordering it belongs to.
 */
export function encodeCursor(order: string, key: string): string {
  return Buffer.from(JSON.stringify([order, key])).toString('base64url');
}

export function decodeCursor(order: string, cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  try {
    const [tag, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (tag === order && typeof key === 'string') return key;
  } catch {
    // falls through to the error below
  }
  throw badInput(`"after" is not a cursor this field returned for this ordering: "${cursor}"`, 'after');
}
