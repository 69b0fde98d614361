import { describe, expect, it } from '@jest/globals';
import { dates, readDateline } from '../../src/extract/stages/dates';
import { sentences } from '../../src/extract/stages/sentences';
import { contextFor } from './harness';

const only = (text: string, publishedAt?: string) => {
  const ctx = contextFor(text, { publishedAt });
  return dates.run(sentences.run(text, ctx), ctx).map((d) => d.value);
};

describe('dates', () => {
  it.each([
    ['It began on 23 May 2025.', undefined, [{ start: '2025-05-23', precision: 'day' }]],
    ['It began in February 2022.', undefined, [{ start: '2022-02-01', precision: 'month' }]],
    ['Exchanges will take place in 2025.', undefined, [{ start: '2025-01-01', precision: 'year' }]],
    ['It happened on Friday.', '2025-05-24', [{ start: '2025-05-23', precision: 'day' }]],
    ['An agreement forged earlier this month.', '2025-05-24', [{ start: '2025-05-01', precision: 'month' }]],
    ['On 5 March, 40 soldiers returned.', '2025-04-01', [{ start: '2025-03-05', precision: 'day' }]],
    ['Talks on 16 May 2025 and more on 20 May.', undefined, [{ start: '2025-05-16', precision: 'day' }, { start: '2025-05-20', precision: 'day' }]],
    ['Soldiers all under the age of 25.', '2025-05-24', []],
    ['An immediate 30-day truce.', '2025-05-24', []],
    // "last week": bounds only, up to the Sunday that ended it (a Thursday article: the Sunday four days before).
    ['They came back last week.', '2024-02-08', [{ precision: 'unknown', notAfter: '2024-02-04' }]],
    ['They came back last week.', '2024-02-04', [{ precision: 'unknown', notAfter: '2024-01-28' }]],
    // A month without its year is the one before the article, not the coming one chrono may pick.
    ['The first since March, when five came home.', '2025-09-05', [{ start: '2025-03-01', precision: 'month' }]],
    ['Talks are planned for March.', '2025-09-05', [{ start: '2026-03-01', precision: 'month' }]],
    // A weekday more than three days back is still the latest before the article (chrono reads the nearest one).
    ['They were freed on Monday.', '2024-03-08', [{ start: '2024-03-04', precision: 'day' }]],
    ['Talks resume next Monday.', '2024-03-08', [{ start: '2024-03-11', precision: 'day' }]],
  ])('%s (published %s)', (text, publishedAt, expected) => expect(only(text, publishedAt)).toEqual(expected));

  it('leaves a relative date unread when the article has no date, and says so', () => {
    const text = 'It happened on Friday.';
    const ctx = contextFor(text);
    expect(dates.run(sentences.run(text, ctx), ctx)).toEqual([]);
    expect(ctx.problems.map((p) => p.reason)).toEqual(['"on Friday" is relative and the article has no date: left unresolved']);
  });

  it('marks the start of a running total', () => {
    const text = '4,757 have been released since March 2022.';
    const ctx = contextFor(text);
    expect(dates.run(sentences.run(text, ctx), ctx).map((d) => d.since)).toEqual([true]);
  });

  it.each([
    ['date 2024-01-04', '2024-01-04'],
    ['Kyiv, 12 March 2024', '2024-03-12'],
    ['11.03.2023 09:15', '2023-03-11'], // dotted numeric dates are day first
    ['WASHINGTON, Mar 11, 2023', '2023-03-11'],
    ['March 2024', null],
    ['Russia and Ukraine swap prisoners', null],
  ])('dateline %s', (line, expected) => expect(readDateline(line)).toBe(expected));
});

describe('dates: a time of day alone is no date', () => {
  it('"at 2,184" and "at 10 am" date nothing', () => expect(only('It put the total at 2,184. The talks began at 10 am.', '2025-05-24')).toEqual([]));
});
