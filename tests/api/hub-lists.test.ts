import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadSynthetic } from '../../src/gen/load';
import { HUB_CAP } from '../../src/query/select/fields';
import { silentProgress } from '../../src/progress';
import { useSeededApi } from '../support/api';

// A hub's own lists are cut at HUB_CAP, and its counts say how many there are:
// on a graph where Ukraine is a side of every exchange, its links outnumber the cap.
describe("a hub's lists and counts", () => {
  const seeded = useSeededApi();
  beforeAll(async () => {
    await loadSynthetic(seeded.db, { exchanges: 250, seed: 5, articles: 40, people: 30 }, silentProgress);
  }, 600_000);

  type Hub = { entity: { links: { node: { id: string } }[]; linkCount: number; statements: { id: string }[]; statementCount: number; figures: { id: string }[]; figureCount: number } };
  const HUB = `query ($name: String!) { entity(name: $name) { ... on Actor { links { node { id } } linkCount statements { id } statementCount figures { id } figureCount } } }`;

  it('cuts the links of a hub at the cap, and counts them all', async () => {
    const [{ links }] = await seeded.db.read(
      `MATCH (:Node {id: 'ukraine'})-[r]-(m:Node) WHERE r.id IS NOT NULL AND NOT type(r) IN ['HOLDS_ROLE', 'ABOUT', 'STATED_BY', 'RETURNED_TO', 'RELEASED_BY'] RETURN count(r) AS links`,
    );
    expect(links).toBeGreaterThan(HUB_CAP);
    const response = await seeded.api.query<Hub>(HUB, { name: 'Ukraine' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.entity.linkCount).toBe(links);
    expect(response.data!.entity.links).toHaveLength(HUB_CAP);
  });

  it('keeps a short list whole, in its order, with its count', async () => {
    const response = await seeded.api.query<Hub>(HUB, { name: 'Peskov' });
    expect(response.errors).toBeUndefined();
    const { statements, statementCount, links, linkCount } = response.data!.entity;
    expect(statementCount).toBeGreaterThan(0);
    expect(statements).toHaveLength(statementCount);
    expect(statements.map((s) => s.id)).toEqual([...statements.map((s) => s.id)].sort());
    expect(links).toHaveLength(linkCount);
  });

  it('counts only curated facts under curatedOnly', async () => {
    const count = (curated: boolean) =>
      seeded.db.read(
        `MATCH (:Node {id: 'ukraine'})-[r]-(m:Node) WHERE r.id IS NOT NULL AND NOT type(r) IN ['HOLDS_ROLE', 'ABOUT', 'STATED_BY', 'RETURNED_TO', 'RELEASED_BY']
           AND (NOT $curated OR (coalesce(r.reviewStatus, 'curated') = 'curated' AND coalesce(m.reviewStatus, 'curated') = 'curated'))
         RETURN count(r) AS links`,
        { curated },
      );
    const [{ links: curatedBefore }] = await count(true);
    // Two of its curated links as an extraction run would have left them (the synthetic ones are no person's either).
    await seeded.db.write(`MATCH (:Node {id: 'ukraine'})<-[r:BETWEEN]-(x:Exchange) WHERE NOT x.id STARTS WITH 'gen-' WITH r ORDER BY r.id LIMIT 2 SET r.reviewStatus = 'extracted'`);
    const [[{ links: all }], [{ links: curated }]] = await Promise.all([count(false), count(true)]);
    expect(curated).toBe((curatedBefore as number) - 2);
    const query = `query ($name: String!, $curatedOnly: Boolean) { entity(name: $name, curatedOnly: $curatedOnly) { ... on Actor { linkCount } } }`;
    const asked = async (curatedOnly: boolean) => (await seeded.api.query<Hub>(query, { name: 'Ukraine', curatedOnly })).data!.entity.linkCount;
    expect(await asked(false)).toBe(all);
    expect(await asked(true)).toBe(curated);
  });
});
