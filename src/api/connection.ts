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

/** Per name filter, in order: null when it resolved, else the events a date-like name could mean (src/query/page.ts). */
export type Unresolved = (string[] | null)[];

/**
 * Names that resolved to nothing match nothing: say so in
 * `extensions.warnings`, and for a date that names several events, which
 * they are (as `entity` does), so the client can ask for one by its name.
 */
export function warnUnresolved(context: Context, given: [argument: string, name: string][], unresolved: Unresolved): void {
  unresolved.forEach((candidates, i) => {
    if (candidates === null) return;
    const [argument, name] = given[i];
    context.warnings.push(
      candidates.length > 0
        ? `"${name}" (${argument}) names ${candidates.length} events (${candidates.join('; ')}): ask for one by its name; nothing matches it as it stands.`
        : `No entity is called "${name}" (${argument}): nothing can match it.`,
    );
  });
}
