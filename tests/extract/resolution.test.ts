import { describe, expect, it } from '@jest/globals';
import { type ExistingEvent, resolution } from '../../src/extract/stages/resolution';
import { contextFor, extracted } from './harness';

const existing = (over: Partial<ExistingEvent>): ExistingEvent => ({
  id: 'exchange-a', label: 'Exchange', name: 'An exchange', sides: ['russia', 'ukraine'], earliestDate: null, latestDate: null,
  startDate: null, datePrecision: 'unknown', mediators: [], values: [], hasPhases: false, ...over,
});
const resolve = (text: string, graph: ExistingEvent[], publishedAt?: string) =>
  resolution.run({ extraction: extracted(text, publishedAt), existing: graph }, contextFor(text, { publishedAt }));

describe('resolution', () => {
  const day = { earliestDate: '2025-05-23', latestDate: '2025-05-23', startDate: '2025-05-23', datePrecision: 'day' };

  it('same sides, same day: the same exchange', () => {
    expect(resolve('Ukraine and Russia exchanged prisoners on 23 May 2025.', [existing(day)])).toEqual([
      { key: 'x1', as: 'same', id: 'exchange-a', why: 'same sides, same day 2025-05-23' },
    ]);
  });

  it('a shared figure ties an undated report to an exchange', () => {
    expect(resolve('Ukraine and Russia swapped prisoners; 390 Ukrainians returned home.', [existing({ values: [390] })])[0]).toMatchObject({ as: 'same', id: 'exchange-a' });
  });

  it('an explicit reference names the multi-day swap', () => {
    const swap = existing({ id: 'swap', name: '1,000-for-1,000 prisoner exchange', hasPhases: true });
    expect(resolve('Ukraine and Russia completed the 1,000-for-1,000 swap.', [swap])[0]).toMatchObject({ as: 'same', id: 'swap' });
  });

  it('a day of a swap goes to the graph\'s day and the whole to the whole, in whatever order the graph gives them', () => {
    // The whole and its first day share that day: both tie a report dated on it.
    const whole = existing({ ...day, id: 'a-swap', name: 'A two-day swap', hasPhases: true });
    const first = existing({ ...day, id: 'z-first-day' });
    const text = 'Ukraine and Russia ended a two-day swap. On the first day, 23 May 2025, Ukraine and Russia exchanged 300 prisoners each.';
    for (const graph of [[whole, first], [first, whole]]) {
      const report = extracted(text, '2025-05-25');
      const key = (phase: boolean) => report.events.find((e) => (e.phaseOf !== null) === phase)?.key;
      const resolved = resolution.run({ extraction: report, existing: graph }, contextFor(text, { publishedAt: '2025-05-25' }));
      expect(resolved.find((r) => r.key === key(true))).toMatchObject({ as: 'same', id: 'z-first-day' });
      expect(resolved.find((r) => r.key === key(false))).toMatchObject({ as: 'same', id: 'a-swap' });
    }
  });

  it('a further day of a swap is a phase of it', () => {
    expect(resolve('On the second day, Ukraine and Russia exchanged 307 more prisoners on 24 May 2025.', [existing(day)])[0]).toMatchObject({ as: 'phase', of: 'exchange-a' });
  });

  it('compatible but untied: a proposal for review, never a merge', () => {
    expect(resolve('Ukraine and Russia exchanged prisoners with UAE help.', [existing({ mediators: ['uae'] })])[0]).toMatchObject({ as: 'proposal', candidate: 'exchange-a' });
  });

  it('other dates or other sides: a new exchange', () => {
    expect(resolve('Ukraine and Russia exchanged prisoners on 3 June 2024.', [existing(day), existing({ id: 'b', sides: ['ukraine', 'belarus'] })])).toEqual([{ key: 'x1', as: 'new' }]);
  });
});
