import { describe, expect, it } from '@jest/globals';
import { prepareGraph } from '../../src/load/prepare';
import { silentProgress } from '../../src/progress';
import { useSeededApi } from '../support/api';

type Page = { exchanges: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * The unfiltered list reads its pages in index order (sortDate, id), then the
 * undated exchanges by id, and the curated-only list the same from
 * (reviewStatus, sortDate, id) and (reviewStatus, id): walked page by page it
 * must give every exchange once, in the order of the key, both ways, across
 * ties and the undated tail.
 */
describe('exchanges with no filter or curated only: order and paging from the index', () => {
  const seeded = useSeededApi();
  // Ties on a date (ids break them), and undated ones interleaved by id with the dated.
  const extra = [
    ...['t-c', 't-a', 't-e', 't-b', 't-d'].map((id) => ({ id, date: '2024-03-01' })),
    ...Array.from({ length: 9 }, (_, i) => ({ id: `d-${i}`, date: `202${i % 3}-0${1 + (i % 9)}-1${i}` })),
    ...['u-3', 'a-undated', 'u-1', 'z-undated', 'u-2'].map((id) => ({ id, date: null })),
  ];

  const PAGE = `query ($after: String, $order: ExchangeOrder, $curatedOnly: Boolean) {
    exchanges(first: 4, after: $after, orderBy: $order, where: { curatedOnly: $curatedOnly }) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }`;

  async function walk(order: 'DATE_ASC' | 'DATE_DESC', curatedOnly = false): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const response: Awaited<ReturnType<typeof seeded.api.query<Page>>> = await seeded.api.query<Page>(PAGE, { after, order, curatedOnly });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.roundTrips).toBe(1);
      ids.push(...response.data!.exchanges.edges.map((e) => e.node.id));
      totals.push(response.data!.exchanges.totalCount);
      if (!response.data!.exchanges.pageInfo.hasNextPage) break;
      after = response.data!.exchanges.pageInfo.endCursor;
    }
    return { ids, totals };
  }

  it.each([
    ['DATE_ASC', false],
    ['DATE_DESC', false],
    ['DATE_ASC', true],
    ['DATE_DESC', true],
  ] as const)('walks every exchange once, %s (curated only: %s), dated by (date, id) then undated by id', async (order, curatedOnly) => {
    // Every other one synthetic; the rest curated, as the seeds are.
    await seeded.db.write(
      `UNWIND range(0, size($extra) - 1) AS i WITH $extra[i] AS e, CASE WHEN i % 2 = 0 THEN 'curated' ELSE 'synthetic' END AS status
       CREATE (:Node:Exchange {id: 'order-' + e.id, name: e.id, label: 'Exchange', reviewStatus: status, sortDate: CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END})`,
      { extra },
    );
    try {
      const all = await seeded.db.read(`MATCH (x:Exchange) WHERE NOT $curatedOnly OR x.reviewStatus = 'curated' RETURN x.id AS id, toString(x.sortDate) AS date`, { curatedOnly });
      // Code-point order, as Cypher compares strings.
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const asc = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        cmp(String(a.date), String(b.date)) || cmp(String(a.id), String(b.id));
      const dated = all.filter((r) => r.date !== null).sort(asc);
      const undated = all.filter((r) => r.date === null).sort(asc);
      const expected = (order === 'DATE_ASC' ? [...dated, ...undated] : [...dated.reverse(), ...undated.reverse()]).map((r) => r.id);
      expect(undated.length).toBeGreaterThanOrEqual(5);

      const { ids, totals } = await walk(order, curatedOnly);
      expect(ids).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([all.length]));
    } finally {
      await seeded.db.write("MATCH (x:Exchange) WHERE x.id STARTS WITH 'order-' DETACH DELETE x");
    }
  });

  it('counts an exchange written before every node carried its status as curated, once the start-up has run', async () => {
    await seeded.db.write("CREATE (:Node:Exchange:Event {id: 'order-legacy', name: 'Legacy exchange', label: 'Exchange', sortDate: date('2020-02-02')})");
    try {
      await prepareGraph(seeded.db, silentProgress);
      const curated = await seeded.api.query<Page>('{ exchanges(first: 100, where: { curatedOnly: true }) { edges { node { id } } } }');
      expect(curated.data!.exchanges.edges.map((e) => e.node.id)).toContain('order-legacy');
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
