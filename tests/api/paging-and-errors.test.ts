import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/neo4j/database';
import { type TestApi, startTestApi } from '../support/api';
import { seededDatabase } from '../support/graph';

describe('paging, round trips and bad input', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await seededDatabase();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const PAGE = `query ($after: String, $order: ExchangeOrder) {
    exchanges(first: 2, after: $after, orderBy: $order) {
      totalCount edges { cursor node { id startDate notAfter } } pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = { exchanges: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  for (const order of ['DATE_ASC', 'DATE_DESC']) {
    it(`walks every exchange exactly once, ${order}, one Cypher round trip per page`, async () => {
      const [{ count }] = await db.read('MATCH (x:Exchange) RETURN count(x) AS count');
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const response: Awaited<ReturnType<typeof api.query<Page>>> = await api.query<Page>(PAGE, { after, order });
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
      (await api.query<{ exchanges: { edges: { node: { id: string } }[] } }>(`{ exchanges(first: 100, orderBy: ${order}) { edges { node { id } } } }`))
        .data!.exchanges.edges.map((e) => e.node.id);
    const asc = await all('DATE_ASC');
    const desc = await all('DATE_DESC');
    expect(asc.slice(0, 3)).toEqual(['exchange-uae-2024', 'exchange-1000-for-1000', 'exchange-2025-05-23']);
    expect(desc.slice(0, 3)).toEqual(['exchange-2025-05-23', 'exchange-1000-for-1000', 'exchange-uae-2024']);
  });

  it('makes one round trip per root field, however deep the selection', async () => {
    const response = await api.query(`{
      a: exchanges(first: 100) { edges { node { figures { statedBy { id } evidence { article { id } } } statements { about { id } }
        agreement { negotiation { places { node { id } evidence { quote } } } } mediators { evidence { sentence } } articles { id } } } }
      b: entity(name: "Zelensky") { ... on Actor { roles { title } statements { evidence { quote } } links { node { id } } } }
      c: statements(by: "Peskov") { totalCount }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(3);
  });

  it.each([
    ['first: 0', '{ exchanges(first: 0) { totalCount } }', 'first'],
    ['first: 101', '{ exchanges(first: 101) { totalCount } }', 'first'],
    ['a malformed cursor', '{ exchanges(after: "not-a-cursor") { totalCount } }', 'after'],
    ['a malformed date', 'query ($from: Date) { exchanges(where: {from: $from}) { totalCount } }', 'from', { from: '2025-02-30' }],
    ['search with no words', '{ search(text: "   ") { score } }', 'text'],
  ])('refuses %s with BAD_USER_INPUT and a message naming it', async (_name, query, named, variables?: Record<string, unknown>) => {
    const response = await api.query(query, variables);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(named);
  });

  it('refuses a cursor of another ordering', async () => {
    const first = await api.query<Page>(PAGE, { order: 'DATE_ASC' });
    const response = await api.query(PAGE, { after: first.data!.exchanges.pageInfo.endCursor, order: 'DATE_DESC' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads article text only when asked, and then gives it whole', async () => {
    const { data } = await api.query<{ node: { text: string } }>('{ node(id: "004_6e72fc995c898aae") { ... on Article { text } } }');
    const [{ text }] = await db.read('MATCH (a:Article {id: "004_6e72fc995c898aae"}) RETURN a.text AS text');
    expect(data!.node.text).toBe(text);
  });
});
