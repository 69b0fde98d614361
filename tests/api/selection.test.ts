import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type TestApi, startTestApi } from '../support/api';
import { useSeededDatabase } from '../support/graph';

/** The Cypher the API sends follows what the client selected; the answers stay right. */
describe('selection-aware projections, seen from the Cypher sent', () => {
  const seeded = useSeededDatabase();
  const sent: string[] = [];
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(seeded.db.observed((cypher) => sent.push(cypher)));
  });
  afterAll(async () => {
    await api?.close();
  });
  const ask = async <T>(query: string) => {
    sent.length = 0;
    const response = await api.query<T>(query);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    expect(sent).toHaveLength(1);
    return { data: response.data!, cypher: sent[0] };
  };

  it('ids only: right ids, and no subquery for articles, links, claims or evidence', async () => {
    const { data, cypher } = await ask<{ exchanges: { edges: { node: { id: string } }[] } }>('{ exchanges(where: {mediatedBy: "UAE"}) { edges { node { id } } } }');
    expect(data.exchanges.edges).toEqual([{ node: { id: 'exchange-uae-2024' } }]);
    expect(cypher).not.toContain('COLLECT');
    expect(cypher).not.toMatch(/count\(|size\(matched\)/);
  });

  it('totalCount only: the count, no page', async () => {
    const { data, cypher } = await ask<{ exchanges: { totalCount: number } }>('{ exchanges(where: {mediatedBy: "Turkey"}) { totalCount } }');
    expect(data.exchanges.totalCount).toBe(3);
    expect(cypher).not.toMatch(/LIMIT|COLLECT/);
  });

  it('the deepest selection still in one query, with what it asked for', async () => {
    const { data, cypher } = await ask<{ exchanges: { totalCount: number; edges: { node: { articles: { id: string; text: string }[]; figures: { value: number }[] } }[] } }>(
      '{ exchanges(where: {mediatedBy: "UAE"}) { totalCount edges { node { articles { id text } figures { value } } } } }',
    );
    expect(data.exchanges.totalCount).toBe(1);
    expect(data.exchanges.edges[0].node.articles[0].text).toMatch(/United Arab Emirates/);
    expect(data.exchanges.edges[0].node.figures.map((f) => f.value)).toEqual(expect.arrayContaining([230, 248]));
    expect(cypher).toContain('.text');
    expect(cypher).not.toMatch(/HOLDS_ROLE|MEDIATED_BY\]->\(m/);
  });

  it('entity and node follow their fragments, and answer with the right type', async () => {
    const entity = await ask<{ entity: { id: string; roles: { title: string }[] } }>('{ entity(name: "Zelenskyy") { id ... on Actor { roles { title } } } }');
    expect(entity.data.entity).toEqual({ id: 'zelensky', roles: [{ title: 'President of Ukraine' }] });
    expect(entity.cypher).not.toContain('EVIDENCED_BY');
    const node = await ask<{ node: { __typename: string; quote: string } }>('{ node(id: "st-peskov-laborious-process") { __typename ... on Statement { quote } } }');
    expect(node.data.node).toEqual({ __typename: 'Statement', quote: expect.stringContaining('laborious') });
    expect(node.cypher).not.toContain('COLLECT');
  });

  it('sends the same text for the same selection, so Neo4j reuses its plan', async () => {
    const a = await ask('{ exchanges(where: {involves: "civilians"}) { totalCount edges { node { id name } } } }');
    const b = await ask('{ exchanges(where: {involves: "Kursk region"}) { edges { node { name id } } totalCount } }');
    expect(b.cypher).toBe(a.cypher);
  });
});
