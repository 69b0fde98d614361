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
      [4757, 'ukraine', 'russia', null, 'cumulative', null], // Ukrainians released over the war: from Russia
      [1000, 'russia', 'ukraine', null, 'planned', null],
      [1000, 'ukraine', 'russia', null, 'planned', null],
    ].sort((a, b) => (a[0] as number) - (b[0] as number) || 0).reverse());
  });
});

describe('figures: direction and claimant', () => {
  it('"in exchange for N Russian servicemen": those go to Russia, whoever the subject is', () => {
    expect(figures('Russia freed 60 Ukrainian prisoners in exchange for 41 Russian servicemen.')).toEqual([
      [60, 'ukraine', 'russia', null, 'reported', null],
      [41, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it.each([
    ['Ukraine and Russia swapped prisoners on Monday, when 250 people were released by each side.', 250],
    ['Ukraine and Russia traded 14 wounded captives on a one-for-one basis.', 14],
    ['The swap between Ukraine and Russia went on with 90 more each.', 90],
  ])('one figure per direction when the sentence says so after the number: %s', (text, n) => {
    expect(figures(text).map((f) => f.slice(0, 3))).toEqual([
      [n, 'ukraine', 'russia'],
      [n, 'russia', 'ukraine'],
    ]);
  });

  it('a count joined by "and" to one with a direction shares it', () => {
    expect(figures('Russia and Ukraine swapped prisoners: 90 Ukrainian soldiers and 12 civilians came home.').map((f) => f.slice(0, 3))).toEqual([
      [90, 'ukraine', 'russia'],
      [12, 'ukraine', 'russia'],
    ]);
  });

  it('number words times a hundred; people still held or deported are no figures', () => {
    expect(figures('Russia and Ukraine swapped prisoners. Four hundred Ukrainian soldiers came home. Some 8,000 Ukrainians remain in Russian captivity, and 19,000 children were deported.').map((f) => f.slice(0, 3))).toEqual([
      [400, 'ukraine', 'russia'],
    ]);
  });

  it('the claimant named after the figure, or by pronoun, is the sentence\'s speaker', () => {
    expect(
      figures('Russia and Ukraine swapped prisoners. Russia freed 60 Ukrainian soldiers, Ukrainian officials say. The Russian Defence Ministry confirmed the swap. It said 40 Russian servicemen had returned.').map((f) => [f[0], f[3]]),
    ).toEqual([
      [60, 'ukraine'],
      [40, 'russia-mod'],
    ]);
  });
});

describe('figures: where people went when the count does not say', () => {
  it('"Among the Ukrainians freed were N …" went to Ukraine', () => {
    expect(figures('Ukraine and Russia swapped prisoners. Among the Ukrainians freed were 12 medics.').map((f) => f.slice(0, 3))).toEqual([[12, 'ukraine', 'russia']]);
  });

  it('a side saying its servicemen had been returned speaks of its own people', () => {
    expect(figures('Ukraine and Russia swapped prisoners. The Russian Defence Ministry said 30 servicemen had been returned.').map((f) => f.slice(0, 4))).toEqual([[30, 'russia', 'ukraine', 'russia-mod']]);
  });

  it('a side\'s own people taken to a third state for treatment still went home to their side', () => {
    expect(figures('Ukraine and Russia swapped prisoners. The 40 Russian servicemen were taken to Belarus for treatment.').map((f) => f.slice(0, 3))).toEqual([[40, 'russia', 'ukraine']]);
  });

  it('a count with a side and no event still came from the other side', () => {
    expect(figures('Five hundred Ukrainian prisoners have come home from Russia, officials said.').map((f) => f.slice(0, 3))).toEqual([[500, 'ukraine', 'russia']]);
  });
});
