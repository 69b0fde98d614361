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
  /** Set when nothing filters the list: the page is then read in index order and the count comes from the count store. */
  indexed?: IndexOrder;
}

/**
 * An unfiltered list read in the order of a range index on `(property, id)`
 * (`ORDER BY` on the indexed properties, with a predicate on them, is
 * index-backed): only the page's rows are read, never the whole label. Items
 * without the property are not in that index; they come last, by id (the
 * `id` constraint's index), and are read only when the dated ones run out.
 */
export interface IndexOrder {
  /** Binds `item` to every answer, e.g. `(x:Exchange)`. */
  pattern: string;
  property: string;
  /** Where `$after` points: nowhere (the first page), among the items with the property, or among those without. */
  after: 'none' | 'valued' | 'unvalued';
  /** Cypher for the cursor's property value as the property's type, e.g. `date($afterValue)`; `$afterId` is its id. */
  afterValue: string;
  /**
   * An equality on a property the index has before `property`, e.g.
   * reviewStatus = 'curated' over (reviewStatus, sortDate, id): only the
   * matching entries are read, in the index's order (the ORDER BY names the
   * prefix too, or the planner does not see that the index gives the order).
   * Items without `property`, and the count, need an index on (that property, id).
   */
  prefix?: { property: string; value: string };
  /**
   * The index the ordered read must use, e.g. `x:Exchange(reviewStatus, sortDate, id)`:
   * beside a (prefix, id) index the planner would read every prefixed entry and sort them.
   */
  hint?: string;
}

function indexedRows(q: PagedMatch, o: IndexOrder): string {
  const [x, dir, beyond] = [q.item, q.descending ? 'DESC' : 'ASC', q.descending ? '<' : '>'];
  const prefix = o.prefix ? `${x}.${o.prefix.property} = ${o.prefix.value} AND ` : '';
  const first = o.prefix ? `${x}.${o.prefix.property} ${dir}, ` : '';
  const valued =
    o.after === 'unvalued'
      ? 'RETURN [] AS valued'
      : `MATCH ${o.pattern}${o.hint ? ` USING INDEX ${o.hint}` : ''}
      WHERE ${prefix}${o.after === 'valued' ? `${x}.${o.property} ${beyond}= ${o.afterValue} AND (${x}.${o.property} ${beyond} ${o.afterValue} OR ${x}.id ${beyond} $afterId)` : `${x}.${o.property} IS NOT NULL`} AND ${x}.id IS NOT NULL
      WITH ${x} ORDER BY ${first}${x}.${o.property} ${dir}, ${x}.id ${dir} LIMIT $first + 1
      RETURN collect(${x}) AS valued`;
  return `CALL () {
      ${valued}
    }
    CALL (valued) {
      WITH valued WHERE size(valued) <= $first
      // A subquery of its own, so the scan runs only when the test above lets a row through.
      CALL () {
        MATCH ${o.pattern}
        WHERE ${prefix}${x}.${o.property} IS NULL AND ${x}.id ${o.after === 'unvalued' ? `${beyond} $afterId` : 'IS NOT NULL'}
        WITH ${x} ORDER BY ${first}${x}.id ${dir} LIMIT $first + 1
        RETURN collect(${x}) AS unvalued
      }
      RETURN unvalued
      UNION ALL
      WITH valued WHERE size(valued) > $first
      RETURN [] AS unvalued
    }
    UNWIND (valued + unvalued)[..$first + 1] AS ${x}
    WITH ${x}, ${q.key} AS cursor`;
}

export function pagedQuery(q: PagedMatch): string {
  const scope = q.scope.join(', ');
  const rows = (source: string): string =>
    q.indexed && !source
      ? indexedRows(q, q.indexed)
      : `${source ? `UNWIND ${source} AS ${q.item}` : `CALL (${scope}) {\n    ${q.match}\n    RETURN ${q.item}\n  }`}
    WITH ${q.item}, ${q.key} AS cursor
    WHERE $after IS NULL OR cursor ${q.descending ? '<' : '>'} $after
    ORDER BY cursor ${q.descending ? 'DESC' : 'ASC'}
    LIMIT $first + 1`;
  const page = (source: string): string => `CALL (${[source, ...q.scope].filter(Boolean).join(', ')}) {
    ${rows(source)}
    ${q.explain.join('\n    ')}
    WITH ${q.edge} AS edge
    RETURN collect(edge) AS page
  }`;
  const clauses = [...q.prelude];
  const returns: string[] = [];
  if (q.indexed) {
    // The count store answers a label's count without reading a node; with a prefix, an index on
    // (prefix's property, id) counts its entries (every item has an id: the test lets the index serve).
    const prefix = q.indexed.prefix ? `\n    WHERE ${q.item}.${q.indexed.prefix.property} = ${q.indexed.prefix.value} AND ${q.item}.id IS NOT NULL` : '';
    if (q.counted) clauses.push(`CALL () {\n    MATCH ${q.indexed.pattern}${prefix}\n    RETURN count(${q.item}) AS totalCount\n  }`);
    if (q.paged) clauses.push(page(''));
    returns.push(...(q.counted ? ['totalCount'] : []), ...(q.paged ? ['page'] : []));
  } else if (q.counted && q.paged) {
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
