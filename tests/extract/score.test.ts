import { describe, expect, it } from '@jest/globals';
import type { Gold } from '../../src/extract/eval/gold';
import { Names, score } from '../../src/extract/eval/score';

const text = 'Ukraine and Russia exchanged 40 prisoners each. The swap took place on Monday at the border.';
const article = (events: Gold['events']): Gold => ({ article: 't', aliases: {}, events, negotiations: [], mediations: [], figures: [], groups: [], statements: [], people: [] });
const event = (date: Gold['events'][number]['date'], sentence: string): Gold['events'][number] => ({ key: 'x1', kind: 'exchange', sides: ['Ukraine', 'Russia'], date, phaseOf: null, sentence });
const gold = article([event({ start: '2024-06-24', precision: 'day' }, 'The swap took place on Monday')]);

describe('score: dates', () => {
  it('the date of a matched event counts whichever of its sentences the extraction quotes', () => {
    const s = score(text, gold, article([event({ start: '2024-06-24', precision: 'day' }, 'Ukraine and Russia exchanged 40 prisoners each.')]), new Names());
    expect(s.dates).toEqual({ gold: 1, predicted: 1, matched: 1 });
  });

  it('a wrong date of the event stated in the same span is a miss of both the event and its date', () => {
    const s = score(text, gold, article([event({ start: '2024-06-23', precision: 'day' }, 'The swap took place on Monday at the border.')]), new Names());
    expect([s.events.matched, s.dates.matched]).toEqual([0, 0]);
  });

  it('bounds must agree: the same event with another latest date is a date miss', () => {
    const bounded = article([event({ notAfter: '2024-06-25' }, 'The swap took place on Monday')]);
    const s = score(text, bounded, article([event({ precision: 'unknown', notAfter: '2024-06-20' }, 'Ukraine and Russia exchanged 40 prisoners each.')]), new Names());
    expect([s.events.matched, s.dates.matched]).toEqual([1, 0]);
  });
});
