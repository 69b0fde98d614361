import { describe, expect, it } from '@jest/globals';
import { SEEDS_DIR } from '../../src/config';
import { seedGold } from '../../src/extract/eval/seedGold';
import { readSeedFiles } from '../../src/facts/read';

const nodes = readSeedFiles(SEEDS_DIR, []).nodes.map((n) => n.value);
const hosted = (article: string) => seedGold(nodes, article).mediations.filter((m) => m.kind === 'HOSTED_TALKS').map((m) => [m.event, m.mediator]);

describe('seed gold: mediations as the gold format gives them', () => {
  it('an exchange agreed at talks a third state hosted has that state as HOSTED_TALKS mediator, as the talks do; its phase counts through it', () => {
    expect(hosted('003_d9990e0c69552160')).toEqual([
      ['negotiation-istanbul-2025-05-16', 'Turkey'],
      ['exchange-1000-for-1000', 'Turkey'],
    ]);
  });

  it('an article that names no agreement behind its exchange gives the exchange no host', () => {
    expect(hosted('004_6e72fc995c898aae')).toEqual([]);
  });
});
