import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

type Page = { exchanges: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * The unfiltered list reads its pages in index order (sortDate, id), then the
 * undated exchanges by id: walked page by page it must give every exchange
 * once, in the order of the key, both ways, across ties and the undated tail.
 */
describe('exchanges with no filter: order and paging from the index', () => {
  const seeded = useSeededApi();
  // Ties on a date (ids break them), and undated ones interleaved by id with the dated.
  const extra = [
    ...['t-c', 't-a', 't-e', 't-b', 't-d'].map((id) => ({ id, date: '2024-03-01' })),
    ...Array.from({ length: 9 }, (_, i) => ({ id: `d-${i}`, date: `202${i % 3}-0${1 + (i % 9)}-1${i}` })),
    ...['u-3', 'a-undated', 'u-1', 'z-undated', 'u-2'].map((id) => ({ id, date: null })),
  ];

  const PAGE = `query ($after: String, $order: ExchangeOrder) {
    exchanges(first: 4, after: $after, orderBy: $order) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }`;

  async function walk(order: 'DATE_ASC' | 'DATE_DESC'): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const response: Awaited<ReturnType<typeof seeded.api.query<Page>>> = await seeded.api.query<Page>(PAGE, { after, order });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.roundTrips).toBe(1);
      ids.push(...response.data!.exchanges.edges.map((e) => e.node.id));
      totals.push(response.data!.exchanges.totalCount);
      if (!response.data!.exchanges.pageInfo.hasNextPage) break;
      after = response.data!.exchanges.pageInfo.endCursor;
    }
    return { ids, totals };
  }

  it.each(['DATE_ASC', 'DATE_DESC'] as const)('walks every exchange once, %s, dated by (date, id) then undated by id', async (order) => {
    await seeded.db.write(
      `UNWIND $extra AS e
       CREATE (:Node:Exchange {id: 'order-' + e.id, name: e.id, label: 'Exchange', sortDate: CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END})`,
      { extra },
    );
    try {
      const all = await seeded.db.read('MATCH (x:Exchange) RETURN x.id AS id, toString(x.sortDate) AS date');
      // Code-point order, as Cypher compares strings.
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const asc = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        cmp(String(a.date), String(b.date)) || cmp(String(a.id), String(b.id));
      const dated = all.filter((r) => r.date !== null).sort(asc);
      const undated = all.filter((r) => r.date === null).sort(asc);
      const expected = (order === 'DATE_ASC' ? [...dated, ...undated] : [...dated.reverse(), ...undated.reverse()]).map((r) => r.id);
      expect(undated.length).toBeGreaterThanOrEqual(5);

      const { ids, totals } = await walk(order);
      expect(ids).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([all.length]));
    } finally {
      await seeded.db.write("MATCH (x:Exchange) WHERE x.id STARTS WITH 'order-' DETACH DELETE x");
    }
  });

  it('gives the same page as the filtered path, which sorts the whole match, for the same exchanges', async () => {
    // `from` far back filters nothing out that has dates, but takes the sorting path.
    const indexed = await seeded.api.query<Page>('{ exchanges(first: 100) { edges { cursor node { id } } } }');
    const sorted = await seeded.api.query<Page>('{ exchanges(first: 100, where: { from: "0001-01-01" }) { edges { cursor node { id } } } }');
    const inSorted = new Set(sorted.data!.exchanges.edges.map((e) => e.node.id));
    expect(inSorted.size).toBeGreaterThan(1);
    const datedOnly = indexed.data!.exchanges.edges.filter((e) => inSorted.has(e.node.id));
    expect(datedOnly.map((e) => e.node.id)).toEqual(sorted.data!.exchanges.edges.map((e) => e.node.id));
    expect(datedOnly.map((e) => e.cursor)).toEqual(sorted.data!.exchanges.edges.map((e) => e.cursor));
  });
});
