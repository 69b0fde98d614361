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
        ['agreement', 'istanbul', { start: '2025-05-16', precision: 'day' }, 'n1'],
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

describe('negotiations: rounds, dates and what is no agreement', () => {
  const negotiations = (text: string, publishedAt?: string) => extracted(text, publishedAt).negotiations.map((n) => [n.kind, n.place?.id ?? null, n.date.start ?? null]);

  it('days listed together are rounds of their own, each hosted', () => {
    const x = extracted('Earlier rounds of talks in Geneva were held on 3 March 2025 and 9 April 2025.');
    expect(x.negotiations.map((n) => [n.kind, n.place?.id, n.date.start])).toEqual([
      ['negotiation', 'geneva', '2025-03-03'],
      ['negotiation', 'geneva', '2025-04-09'],
    ]);
    expect(x.mediations.map((m) => [m.of, m.mediator.id])).toEqual([['n1', 'switzerland'], ['n2', 'switzerland']]);
  });

  it('the talks are dated by the date after their mention, not by the day of the swap they agreed', () => {
    expect(negotiations('Ukraine and Russia on Friday swapped 80 prisoners each, in a swap agreed at talks in Istanbul earlier this month.', '2025-06-21')).toEqual([
      ['negotiation', 'istanbul', '2025-06-01'],
    ]);
  });

  it('"a swap agreed at talks" gives the talks, not an agreement; talks "without any agreement" give none', () => {
    expect(negotiations('The exchange, agreed at talks in Istanbul last month, took place on Friday.', '2025-06-21').map((n) => n[0])).toEqual(['negotiation']);
    expect(negotiations('Talks on a prisoner exchange in Geneva ended without any agreement.', '2025-06-21').map((n) => n[0])).toEqual(['negotiation']);
  });

  it('an agreement with no talks in its sentence was reached at the talks reported before it, there and then', () => {
    expect(negotiations('Delegations met in Istanbul on Wednesday. The Russian negotiator said the sides had agreed to exchange 500 prisoners each.', '2025-07-25')).toEqual([
      ['negotiation', 'istanbul', '2025-07-23'],
      ['agreement', 'istanbul', '2025-07-23'],
    ]);
  });

  it('"the deal was reached at a meeting in X" gives the agreement already reported its talks; "an agreement reached in Y" is another one', () => {
    const found = negotiations('Ukraine and Russia have agreed to exchange 300 prisoners each. The deal was reached at a meeting in Geneva on Friday. An agreement reached in Istanbul in March to swap 50 prisoners was never carried out.', '2025-06-22');
    expect(found.filter((n) => n[0] === 'agreement').map((n) => n.slice(0, 2))).toEqual([['agreement', 'geneva'], ['agreement', 'istanbul']]);
    expect(found[0]).toEqual(['agreement', 'geneva', '2025-06-20']);
    expect(negotiations('Ukraine and Russia have agreed to exchange 300 prisoners each. An agreement reached in Istanbul in March to swap 50 prisoners was never carried out.', '2025-06-22')
      .filter((n) => n[0] === 'agreement')).toHaveLength(2);
  });
});

describe('negotiations: the talks’ own date', () => {
  it('a date before the talks with a swap reported in between is the swap’s; the talks named later with their day are the same talks', () => {
    const text = 'Ukraine and Russia on Sunday completed a prisoner exchange agreed at talks in Geneva. The talks had been held in Geneva on 3 May 2025.';
    expect(extracted(text, '2025-05-18').negotiations.map((n) => [n.kind, n.place?.id, n.date])).toEqual([['negotiation', 'geneva', { start: '2025-05-03', precision: 'day' }]]);
  });

  it('a date before the talks with nothing reported in between is theirs', () => {
    expect(talks('On 3 May 2025, talks on prisoners were held in Geneva.').negotiations).toEqual([['negotiation', 'geneva', { start: '2025-05-03', precision: 'day' }, null]]);
  });
});

describe('negotiations: an agreement reached in a city', () => {
  it('a place the agreement was not reached in names no talks', () => {
    expect(talks('Russia said the prisoner deal was kept, and that three soldiers chose to stay in Belarus.').negotiations).toEqual([
      ['agreement', null, { precision: 'unknown' }, null],
    ]);
  });

  it('implies talks there, dated as the agreement is', () => {
    expect(talks('An agreement reached in Jeddah in May 2025 to swap 500 prisoners each has yet to be carried out.').negotiations).toEqual([
      ['negotiation', 'jeddah', { start: '2025-05-01', precision: 'month' }, null],
      ['agreement', 'jeddah', { start: '2025-05-01', precision: 'month' }, 'n1'],
    ]);
  });
});

describe('negotiations: the agreement of talks already reported', () => {
  it('"the agreement reached in" the talks’ city is theirs, dated as they are', () => {
    expect(talks('Ukraine and Russia held talks in Geneva on 3 May 2025. The ministry said the agreement reached in Geneva had now been implemented in full.').negotiations).toEqual([
      ['negotiation', 'geneva', { start: '2025-05-03', precision: 'day' }, null],
      ['agreement', 'geneva', { start: '2025-05-03', precision: 'day' }, 'n1'],
    ]);
  });

  it('with no talks there reported, such words about no prisoners name no agreement', () => {
    expect(talks('The ministry said the agreement reached in Geneva had now been implemented in full.').negotiations).toEqual([]);
  });
});
