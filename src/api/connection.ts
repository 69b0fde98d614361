import type { Context } from './context';

/**
 * A page of a connection from the `first + 1` rows a query returned: the
 * extra row only tells that there is a next page. `totalCount` is absent
 * when the client did not select it (the query did not count).
 */
export function connection<T>(rows: T[], first: number, totalCount: number | undefined, cursorOf: (row: T) => string) {
  const edges = rows.slice(0, first).map((row) => ({ ...row, cursor: cursorOf(row) }));
  return {
    totalCount: totalCount as number,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Names that resolved to nothing match nothing: say so in `extensions.warnings`. */
export function warnUnresolved(context: Context, given: [argument: string, name: string][], unresolved: boolean[]): void {
  unresolved.forEach((unknown, i) => {
    if (unknown) context.warnings.push(`No entity is called "${given[i][1]}" (${given[i][0]}): nothing can match it.`);
  });
}
