import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const talks = (text: string) => {
  const x = extracted(text);
  return { negotiations: x.negotiations.map((n) => [n.kind, n.place?.id ?? null, n.date, n.agreedAt]), events: x.events.length, mediations: x.mediations.map((m) => [m.of, m.mediator.id, m.kind]) };
};

describe('negotiations and hosted talks', () => {
  it('talks in a third state’s city: an agreement reached there, hosted by that state, and no exchange', () => {
    expect(talks('Ukraine and Russia agreed to a prisoner swap during talks in Istanbul on 16 May 2025.')).toEqual({
      negotiations: [
        ['negotiation', 'istanbul', { start: '2025-05-16', precision: 'day' }, null],
        ['agreement', null, { start: '2025-05-16', precision: 'day' }, 'n1'],
      ],
      events: 0,
      mediations: [['n1', 'turkey', 'HOSTED_TALKS']],
    });
  });

  it('talks named again are the same talks; proposed talks are none', () => {
    expect(talks('Ukraine and Russia held talks in Geneva. The talks in Geneva ended. Kyiv proposed that Zelenskyy hold direct talks in Minsk, but this did not materialise.').negotiations).toEqual([
      ['negotiation', 'geneva', { precision: 'unknown' }, null],
    ]);
  });

  it('a peace agreement is not an agreement to exchange', () => {
    expect(talks('Russia would propose a draft peace agreement once the exchange is complete.').negotiations).toEqual([]);
  });
});
