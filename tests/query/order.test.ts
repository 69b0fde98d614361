import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/api/schema';
import { type ExchangeFilter, type ExchangeOrder, exchangesQuery } from '../../src/query/exchanges';
import { encodeCursor } from '../../src/query/paging';
import { selectionFromText } from '../../src/query/select/selection';

/** Pure: the unfiltered exchanges list reads its page in the order of the (sortDate, id) index. */
const schema = buildSchema(typeDefs().join('\n'));
const PAGE = '{ totalCount edges { cursor node { id } } }';
const query = (where: ExchangeFilter = {}, args: { after?: string; orderBy?: ExchangeOrder } = {}, selection = PAGE) =>
  exchangesQuery(where, { first: 20, ...args }, selectionFromText(selection, {}, schema));
const cursorAt = (order: ExchangeOrder, key: string) => encodeCursor(order, key);

describe('exchanges with no filter: the page in index order', () => {
  it('orders by the indexed properties, with a predicate on them, and limits before projecting', () => {
    const { cypher } = query();
    expect(cypher).toMatch(/MATCH \(x:Exchange\)\s+WHERE x\.sortDate IS NOT NULL AND x\.id IS NOT NULL\s+WITH x ORDER BY x\.sortDate ASC, x\.id ASC LIMIT \$first \+ 1/);
    // No sort on a computed key, no list of every exchange.
    expect(cypher).not.toMatch(/ORDER BY cursor|collect\(x\) AS matched/);
  });

  it('counts from the count store: a bare label count, apart from the page', () => {
    const { cypher } = query();
    expect(cypher).toMatch(/CALL \(\) \{\s+MATCH \(x:Exchange\)\s+RETURN count\(x\) AS totalCount\s+\}/);
    expect(query({}, {}, '{ totalCount }').cypher).not.toMatch(/LIMIT|sortDate/);
  });

  it('reads the undated exchanges (last, by id) only when the dated ones do not fill the page', () => {
    const { cypher } = query();
    // The test comes before the subquery that scans: a full page never reaches the scan.
    expect(cypher).toMatch(
      /WITH valued WHERE size\(valued\) <= \$first\s+(\/\/.*\s+)?CALL \(\) \{\s+MATCH \(x:Exchange\)\s+WHERE x\.sortDate IS NULL AND x\.id IS NOT NULL\s+WITH x ORDER BY x\.id ASC LIMIT \$first \+ 1/,
    );
    expect(cypher).toMatch(/UNION ALL\s+WITH valued WHERE size\(valued\) > \$first\s+RETURN \[\] AS unvalued/);
  });

  it('descends in index order too', () => {
    const { cypher } = query({}, { orderBy: 'DATE_DESC' });
    expect(cypher).toContain('ORDER BY x.sortDate DESC, x.id DESC');
    expect(cypher).toContain('ORDER BY x.id DESC');
  });

  it('seeks from a dated cursor with parameters: a range on the date, the id breaking ties', () => {
    const { cypher, params } = query({}, { after: cursorAt('DATE_ASC', '2025-05-23|exchange-2025-05-23') });
    expect(cypher).toContain('x.sortDate >= date($afterValue) AND (x.sortDate > date($afterValue) OR x.id > $afterId)');
    expect(params).toMatchObject({ afterValue: '2025-05-23', afterId: 'exchange-2025-05-23' });
    expect(cypher).not.toContain('2025-05-23');
    const desc = query({}, { orderBy: 'DATE_DESC', after: cursorAt('DATE_DESC', '2025-05-23|x1') }).cypher;
    expect(desc).toContain('x.sortDate <= date($afterValue) AND (x.sortDate < date($afterValue) OR x.id < $afterId)');
  });

  it('past the last dated exchange, reads only the undated ones after the cursor', () => {
    const { cypher, params } = query({}, { after: cursorAt('DATE_ASC', '9999-99-99|exchange-000') });
    expect(cypher).toContain('RETURN [] AS valued');
    expect(cypher).toContain('x.sortDate IS NULL AND x.id > $afterId');
    expect(params.afterId).toBe('exchange-000');
    expect(query({}, { orderBy: 'DATE_DESC', after: cursorAt('DATE_DESC', '0000-00-00|b') }).cypher).toContain('x.id < $afterId');
  });

  it('refuses a cursor whose key is not a date and an id, naming the argument', () => {
    expect(() => query({}, { after: cursorAt('DATE_ASC', 'x; MATCH (n) DETACH DELETE n') })).toThrow(/"after" is not a cursor/);
  });

  it('keeps the whole match when anything filters the list', () => {
    for (const where of [{ mediatedBy: 'UAE' }, { from: '2025-01-01' }, { hasConflicts: true }, { text: 'Istanbul' }] as ExchangeFilter[]) {
      const { cypher } = query(where);
      expect(cypher).toContain('ORDER BY cursor ASC');
      expect(cypher).not.toContain('AS valued');
    }
  });
});
