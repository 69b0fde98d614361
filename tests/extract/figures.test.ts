import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const figures = (text: string) =>
  extracted(text).figures.map((f) => [f.value, f.returnedTo?.id ?? null, f.releasedBy?.id ?? null, f.claimant?.id ?? null, f.status, f.flag]);

describe('figures', () => {
  it('"each side releasing 390": one figure per direction; the breakdown shares them', () => {
    expect(figures('On 23 May 2025, Ukraine and Russia exchanged prisoners, with each side releasing 390 captives—270 soldiers and 120 civilians.')).toEqual([
      [390, 'ukraine', 'russia', null, 'reported', null],
      [390, 'russia', 'ukraine', null, 'reported', null],
      [270, 'ukraine', 'russia', null, 'reported', null],
      [270, 'russia', 'ukraine', null, 'reported', null],
      [120, 'ukraine', 'russia', null, 'reported', null],
      [120, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it('two directions with two claimants in one sentence, both unverifiable', () => {
    expect(figures('Ukraine and Russia have conducted a prisoner exchange. The figures cannot be independently verified, but Ukrainian officials have reported that 230 of their service members returned home, while Russia stated that 248 of its prisoners were released.')).toEqual([
      [230, 'ukraine', 'russia', 'ukraine', 'reported', 'unverified'],
      [248, 'russia', 'ukraine', 'russia', 'reported', 'unverified'],
    ]);
  });

  it('"freed 40 of its soldiers in exchange for 12 captured servicemen"', () => {
    expect(figures('Ukraine freed 40 of its soldiers in exchange for 12 captured servicemen from Russia.')).toEqual([
      [40, 'ukraine', 'russia', null, 'reported', null],
      [12, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it('a running total belongs to no event; a planned count is planned; ages and years are no counts', () => {
    expect(figures('Russia and Ukraine swapped prisoners. As of now, 4,757 Ukrainian citizens have been released since March 2022. They plan to swap 1,000 prisoners each. All were under the age of 25 in 2022.')).toEqual([
      [4757, 'ukraine', null, null, 'cumulative', null],
      [1000, 'russia', 'ukraine', null, 'planned', null],
      [1000, 'ukraine', 'russia', null, 'planned', null],
    ].sort((a, b) => (a[0] as number) - (b[0] as number) || 0).reverse());
  });
});
