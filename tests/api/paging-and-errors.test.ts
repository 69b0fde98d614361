import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

describe('paging, round trips and bad input', () => {
  const seeded = useSeededApi();

  const PAGE = `query ($after: String, $order: ExchangeOrder) {
    exchanges(first: 2, after: $after, orderBy: $order) {
      totalCount edges { cursor node { id startDate notAfter } } pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = { exchanges: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  for (const order of ['DATE_ASC', 'DATE_DESC']) {
    it(`walks every exchange exactly once, ${order}, one Cypher round trip per page`, async () => {
      const [{ count }] = await seeded.db.read('MATCH (x:Exchange) RETURN count(x) AS count');
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const response: Awaited<ReturnType<typeof seeded.api.query<Page>>> = await seeded.api.query<Page>(PAGE, { after, order });
        expect(response.errors).toBeUndefined();
        expect(response.extensions?.roundTrips).toBe(1);
        expect(response.data!.exchanges.totalCount).toBe(count);
        seen.push(...response.data!.exchanges.edges.map((e) => e.node.id));
        if (!response.data!.exchanges.pageInfo.hasNextPage) break;
        after = response.data!.exchanges.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(count as number);
      expect(new Set(seen).size).toBe(count);
    });
  }

  it('orders by date with undated exchanges last, both ways', async () => {
    const all = async (order: string) =>
      (await seeded.api.query<{ exchanges: { edges: { node: { id: string } }[] } }>(`{ exchanges(first: 100, orderBy: ${order}) { edges { node { id } } } }`))
        .data!.exchanges.edges.map((e) => e.node.id);
    const asc = await all('DATE_ASC');
    const desc = await all('DATE_DESC');
    expect(asc.slice(0, 3)).toEqual(['exchange-uae-2024', 'exchange-1000-for-1000', 'exchange-2025-05-23']);
    expect(desc.slice(0, 3)).toEqual(['exchange-2025-05-23', 'exchange-1000-for-1000', 'exchange-uae-2024']);
  });

  it('makes one round trip per root field, however deep the selection', async () => {
    const response = await seeded.api.query(`{
      a: exchanges(first: 20) { edges { node { figures { statedBy { id } evidence { article { id } } } statements { about { id } }
        agreement { negotiation { places { node { id } evidence { quote } } } } mediators { path { evidence { sentence } } } articles { id } } } }
      b: entity(name: "Zelensky") { ... on Actor { roles { title } statements { evidence { quote } } links { node { id } } } }
      c: statements(by: "Peskov") { totalCount }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(3);
  });

  it.each<[string, string, string, Record<string, unknown> | undefined]>([
    ['first: 0', '{ exchanges(first: 0) { totalCount } }', 'first', undefined],
    ['first: 101', '{ exchanges(first: 101) { totalCount } }', 'first', undefined],
    ['a malformed cursor', '{ exchanges(after: "not-a-cursor") { totalCount } }', 'after', undefined],
    ['a malformed date', 'query ($from: Date) { exchanges(where: {from: $from}) { totalCount } }', 'from', { from: '2025-02-30' }],
    ['search with no words', '{ search(text: "   ") { score } }', 'text', undefined],
    ['a name of 201 characters', 'query ($n: String) { exchanges(where: {mediatedBy: $n}) { totalCount } }', 'mediatedBy', { n: 'x'.repeat(201) }],
  ])('refuses %s with BAD_USER_INPUT and a message naming it', async (_name, query, named, variables) => {
    const response = await seeded.api.query(query, variables);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(named);
  });

  it('combines a name filter with a text filter that matches nothing (regression: no row came back)', async () => {
    const response = await seeded.api.query<{ exchanges: { totalCount: number } }>(
      '{ exchanges(where: {involves: "UAE", text: "nothingmatches"}) { totalCount } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.exchanges.totalCount).toBe(0);
    const both = await seeded.api.query<{ exchanges: { edges: { node: { id: string } }[] } }>(
      '{ exchanges(where: {mediatedBy: "UAE", text: "Azovstal"}) { edges { node { id } } } }',
    );
    expect(both.data!.exchanges.edges.map((e) => e.node.id)).toEqual(['exchange-uae-2024']);
  });

  it('refuses a cursor of another ordering', async () => {
    const first = await seeded.api.query<Page>(PAGE, { order: 'DATE_ASC' });
    const response = await seeded.api.query(PAGE, { after: first.data!.exchanges.pageInfo.endCursor, order: 'DATE_DESC' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads article text only when asked, and then gives it whole', async () => {
    const { data } = await seeded.api.query<{ node: { text: string } }>('{ node(id: "004_6e72fc995c898aae") { ... on Article { text } } }');
    const [{ text }] = await seeded.db.read('MATCH (a:Article {id: "004_6e72fc995c898aae"}) RETURN a.text AS text');
    expect(data!.node.text).toBe(text);
  });
});
