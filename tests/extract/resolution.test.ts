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
