import { describe, expect, it } from '@jest/globals';
import { operations, profiledOnly, type Subjects } from '../../src/bench/operations';
import { planOperations } from '../../src/bench/plans';
import { useSeededDatabase } from '../support/graph';

const SEED_SUBJECTS: Subjects = {
  mediator: { id: 'uae', name: 'UAE' },
  group: { id: 'mariupol-defenders', name: 'Mariupol defenders', place: 'mariupol' },
  exchange: 'exchange-uae-2024',
  speaker: { id: 'peskov', name: 'Dmitry Peskov' },
  hub: 'uae',
};

describe('npm run bench -- --plans', () => {
  const graph = useSeededDatabase();

  it('PROFILEs the Cypher the API sends for every operation: its db hits, rows and heaviest operator', async () => {
    const ops = [...operations(SEED_SUBJECTS), ...profiledOnly(SEED_SUBJECTS)];
    const profiles = await planOperations(graph.db, ops, 120_000);
    expect(profiles.map((p) => p.name)).toEqual(ops.map((o) => o.name));
    for (const p of profiles) {
      expect(p.error).toBeUndefined();
      expect(p.statements).toBeGreaterThanOrEqual(1);
      expect(p.rows).toBeGreaterThanOrEqual(1);
      // The heaviest operator is one of the plan's, named as Neo4j names it.
      expect(p.heaviest.operator).toMatch(/^[A-Z][A-Za-z]+(\(.*?\))?@neo4j/);
      expect(p.heaviest.dbHits).toBeGreaterThan(0);
      expect(p.dbHits).toBeGreaterThanOrEqual(p.heaviest.dbHits);
    }
    // A filter with no match costs next to nothing; the neighbourhood of a hub costs more: the figures are the plans'.
    const cost = (name: string) => profiles.find((p) => p.name === name)!.dbHits;
    expect(cost('exchanges at a place (Istanbul)')).toBeLessThan(cost('neighbourhood, depth 2, 200 nodes'));
  }, 300_000);
});
