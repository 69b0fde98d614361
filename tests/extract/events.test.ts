import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const events = (text: string, publishedAt?: string) =>
  extracted(text, publishedAt).events.map((e) => ({ kind: e.kind, sides: e.sides.map((s) => s?.id ?? null), date: e.date, phaseOf: e.phaseOf, sentences: e.evidence.map((x) => x.sentence) }));

describe('events', () => {
  it('one exchange, later sentences about it add evidence', () => {
    expect(events('Ukraine and Russia exchanged 100 prisoners on 3 May 2025. The exchange was the tenth this year.')).toEqual([
      { kind: 'exchange', sides: ['ukraine', 'russia'], date: { start: '2025-05-03', precision: 'day' }, phaseOf: null, sentences: [0, 1] },
    ]);
  });

  it('a report in a dated article without a date of its own gets that date as its latest', () => {
    expect(events('Russia and Ukraine have conducted a prisoner exchange.', '2024-01-04')[0].date).toEqual({ precision: 'unknown', notAfter: '2024-01-04' });
  });

  it.each([
    ['Ukraine and Russia agreed to exchange 1,000 prisoners each.'],
    ['Russia and Ukraine plan to swap 500 prisoners next week.'],
    ['The exchange has not yet taken place, Ukraine said of Russia.'],
    ['Talks between Ukraine and Russia on a swap collapsed.'],
  ])('no event: %s', (text) => expect(events(text)).toEqual([]));

  it('people handed back without an exchange are a release, from the other side to their own', () => {
    expect(events('Ukraine and Russia swapped 200 prisoners. Separately, 75 Russian prisoners were handed back without an exchange.')).toEqual([
      expect.objectContaining({ kind: 'exchange' }),
      expect.objectContaining({ kind: 'release', sides: ['ukraine', 'russia'], sentences: [1] }),
    ]);
  });

  it('an earlier exchange is another event; a further day is a phase', () => {
    const found = events(
      'Ukraine and Russia exchanged 390 prisoners on 23 May 2025. The most recent exchange earlier this month saw 200 return. On the second day, Ukraine and Russia swapped 307 more.',
      '2025-05-25',
    );
    expect(found.map((e) => [e.sentences[0], e.phaseOf])).toEqual([[0, null], [1, null], [2, 'x2']]);
  });
});
