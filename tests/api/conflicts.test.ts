import { beforeAll, describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

/**
 * The seeds hold no conflicting figures: this file adds them. 003 says (in
 * its own voice) 390 prisoners came home to Ukraine from Russia on 23 May;
 * here Russia claims 385 for the same direction, category and status, which
 * conflicts. Added beside it, and not conflicting: Zelensky's 390 people (a
 * different category and no RELEASED_BY), the same 390 from another
 * claimant, and Russia's own 390 to Russia (the other direction, agreeing with 003).
 */
const ADDED = `
MATCH (x:Exchange {id: 'exchange-2025-05-23'}), (ua:State {id: 'ukraine'}), (ru:State {id: 'russia'}), (zel:Person {id: 'zelensky'})
UNWIND [
  {id: 'fig-test-385-to-ukraine', value: 385, to: ua, by: ru, claimant: ru},
  {id: 'fig-test-390-to-ukraine-per-zelensky', value: 390, to: ua, by: ru, claimant: zel},
  {id: 'fig-test-390-to-russia', value: 390, to: ru, by: ua, claimant: ru}
] AS row
CREATE (f:Node:Claim:Figure {id: row.id, label: 'Figure', name: row.id, value: row.value, qualifier: 'exact',
        category: 'prisoners', status: 'reported', counts: 'captives returned (test)'})
WITH f, x, row.to AS to, row.by AS by, row.claimant AS claimant
CREATE (f)-[:ABOUT]->(x)
CREATE (f)-[:RETURNED_TO]->(to)
CREATE (f)-[:RELEASED_BY]->(by)
CREATE (f)-[:STATED_BY]->(claimant)`;

type Conflict = { returnedTo: { id: string } | null; releasedBy: { id: string } | null; category: string; status: string; figures: { id: string; value: number; statedBy: { id: string }[] }[] };

describe('conflicting figures, side by side', () => {
  const seeded = useSeededApi();

  it('finds none in the seeds (230 and 248 are two directions)', async () => {
    const response = await seeded.api.query<{ exchanges: { edges: { node: { id: string; conflicts: Conflict[] } }[] } }>(
      '{ exchanges(first: 100) { edges { node { id conflicts { category } } } } }',
    );
    expect(response.errors).toBeUndefined();
    for (const edge of response.data!.exchanges.edges) expect(edge.node.conflicts).toEqual([]);
    const filtered = await seeded.api.query<{ exchanges: { totalCount: number } }>('{ exchanges(where: {hasConflicts: true}) { totalCount } }');
    expect(filtered.data!.exchanges.totalCount).toBe(0);
  });

  describe('with a conflicting claim added', () => {
    beforeAll(async () => {
      await seeded.db.write(ADDED);
    });

    it('shows the disagreeing figures of one direction side by side, and nothing else', async () => {
      const response = await seeded.api.query<{ node: { conflicts: Conflict[] } }>(`{
        node(id: "exchange-2025-05-23") { ... on Exchange {
          conflicts { returnedTo { id } releasedBy { id } category status figures { id value statedBy { id } } }
        } }
      }`);
      expect(response.errors).toBeUndefined();
      expect(response.data!.node.conflicts).toEqual([
        {
          returnedTo: { id: 'ukraine' },
          releasedBy: { id: 'russia' },
          category: 'prisoners',
          status: 'reported',
          figures: [
            { id: 'fig-test-385-to-ukraine', value: 385, statedBy: [{ id: 'russia' }] },
            { id: 'fig-003-390-to-ukraine', value: 390, statedBy: [] },
            { id: 'fig-test-390-to-ukraine-per-zelensky', value: 390, statedBy: [{ id: 'zelensky' }] },
          ],
        },
      ]);
    });

    it('filters exchanges on it, both ways', async () => {
      const ids = async (hasConflicts: boolean) =>
        (await seeded.api.query<{ exchanges: { edges: { node: { id: string } }[] } }>(`{ exchanges(where: {hasConflicts: ${hasConflicts}}, first: 100) { edges { node { id } } } }`))
          .data!.exchanges.edges.map((e) => e.node.id);
      expect(await ids(true)).toEqual(['exchange-2025-05-23']);
      const without = await ids(false);
      expect(without).not.toContain('exchange-2025-05-23');
      expect(without).toContain('exchange-uae-2024');
      const combined = await seeded.api.query<{ exchanges: { totalCount: number } }>('{ exchanges(where: {hasConflicts: true, mediatedBy: "Turkey"}) { totalCount } }');
      expect(combined.data!.exchanges.totalCount).toBe(1);
    });
  });
});
