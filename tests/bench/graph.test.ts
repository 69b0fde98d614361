import { describe, expect, it } from '@jest/globals';
import { ensureGraph, heldFirst, parseSize } from '../../src/bench/graph';
import { silentProgress } from '../../src/progress';
import { useSeededDatabase } from '../support/graph';

/** The sizes of `npm run bench`: the one the graph holds is measured first, so it is not generated twice. */
describe('bench sizes', () => {
  const graph = useSeededDatabase();
  const [seed, small, other] = ['seed', '12', '9'].map(parseSize);

  it('measures the size the graph already holds first, the others in the order given', async () => {
    expect(await heldFirst(graph.db, [small, other, seed])).toEqual([seed, small, other]);
    expect(await ensureGraph(graph.db, small, silentProgress)).toBeDefined();
    expect(await heldFirst(graph.db, [seed, other, small])).toEqual([small, seed, other]);
    // Held already: nothing is generated again.
    expect(await ensureGraph(graph.db, small, silentProgress)).toBeUndefined();
  }, 300_000);
});
