/**
 * One query for a connection field (exchanges, statements, figures): the
 * match runs once, and the count and the page both come from it. The count
 * is left out when `totalCount` is not selected, the page when neither
 * `edges` nor `pageInfo` is.
 */
export interface PagedMatch {
  /** Clauses before the match, each returning one row (names resolved, text hits). */
  prelude: string[];
  /** The variables bound by the prelude that the match uses. */
  scope: string[];
  /** Cypher binding `item`, one row per distinct answer, with no RETURN. */
  match: string;
  item: string;
  /** The sort key, which is also the cursor. */
  key: string;
  descending: boolean;
  /** Subqueries run for each row of the page only (explanations). */
  explain: string[];
  /** The edge map of a page row (it may use `cursor` and what `explain` binds); projected before `collect`, as it may aggregate inside. */
  edge: string;
  counted: boolean;
  paged: boolean;
  /**
   * Name variables of the prelude (each with its `<name>Candidates`, see
   * src/query/resolve.ts): the answer's `unresolved` holds, per name, null
   * when it resolved, else the names of the events a date-like name could
   * mean (none when it means nothing).
   */
  names: string[];
}

export function pagedQuery(q: PagedMatch): string {
  const scope = q.scope.join(', ');
  const page = (source: string): string => `CALL (${[source, ...q.scope].filter(Boolean).join(', ')}) {
    ${source ? `UNWIND ${source} AS ${q.item}` : `CALL (${scope}) {\n    ${q.match}\n    RETURN ${q.item}\n  }`}
    WITH ${q.item}, ${q.key} AS cursor
    WHERE $after IS NULL OR cursor ${q.descending ? '<' : '>'} $after
    ORDER BY cursor ${q.descending ? 'DESC' : 'ASC'}
    LIMIT $first + 1
    ${q.explain.join('\n    ')}
    WITH ${q.edge} AS edge
    RETURN collect(edge) AS page
  }`;
  const clauses = [...q.prelude];
  const returns: string[] = [];
  if (q.counted && q.paged) {
    // The match once: its rows counted, then the page taken from them.
    clauses.push(`CALL (${scope}) {\n    ${q.match}\n    RETURN collect(${q.item}) AS matched\n  }`, page('matched'));
    returns.push('size(matched) AS totalCount', 'page');
  } else if (q.counted) {
    clauses.push(`CALL (${scope}) {\n    ${q.match}\n    RETURN count(${q.item}) AS totalCount\n  }`);
    returns.push('totalCount');
  } else if (q.paged) {
    clauses.push(page(''));
    returns.push('page');
  }
  returns.push(`[${q.names.map((n) => `CASE WHEN ${n} IS NULL THEN [c IN ${n}Candidates | c.name] END`).join(', ')}] AS unresolved`);
  return `${clauses.join('\n')}\nRETURN ${returns.join(', ')}`;
}
