import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

interface Count {
  side: { id: string };
  mediator: { id: string } | null;
  event: { id: string } | null;
  people: number;
  figures: { value: number; statedBy: { id: string }[]; evidence: { article: { id: string } }[] }[];
}
interface Period {
  period: string;
  notBefore: string | null;
  notAfter: string | null;
  exchanges: { id: string }[];
  releases: { id: string }[];
  returned: Count[];
  returnedWithoutExchange: Count[];
}

const COUNT = 'side { id } mediator { id } event { id } people figures { value statedBy { id } evidence { article { id } } }';

describe('timeline', () => {
  const seeded = useSeededApi();

  const timeline = async (granularity: string): Promise<Period[]> => {
    const response = await seeded.api.query<{ timeline: Period[] }>(`{ timeline(granularity: ${granularity}) {
      period notBefore notAfter exchanges { id } releases { id } returned { ${COUNT} } returnedWithoutExchange { ${COUNT} }
    } }`);
    expect(response.errors).toBeUndefined();
    return response.data!.timeline;
  };
  const ids = (list: { id: string }[]): string[] => list.map((x) => x.id).sort();

  it('groups exchanges by month, keeping undated ones apart instead of guessing', async () => {
    const months = await timeline('MONTH');
    const byPeriod = Object.fromEntries(months.map((p) => [p.period, ids(p.exchanges)]));
    expect(byPeriod['2025-05']).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23']);
    expect(byPeriod.unknown).toEqual(['exchange-istanbul-under-25', 'exchange-mariupol-25', 'exchange-over-200-ukrainians']);
    expect(Object.keys(byPeriod).some((p) => p.startsWith('2023'))).toBe(false);
  });

  it('places an exchange known only by its bounds in a bucket that says them, never in "unknown"', async () => {
    for (const granularity of ['MONTH', 'YEAR']) {
      const periods = await timeline(granularity);
      const bounded = periods.find((p) => p.exchanges.some((x) => x.id === 'exchange-uae-2024'))!;
      expect(bounded).toMatchObject({ period: 'on or before 2024-01-04', notBefore: null, notAfter: '2024-01-04' });
      expect(periods.find((p) => p.period === 'unknown')!.exchanges.map((x) => x.id)).not.toContain('exchange-uae-2024');
    }
  });

  it('counts people per side once per exchange, with the claims behind each number', async () => {
    const year = (await timeline('YEAR')).find((p) => p.period === '2025')!;
    const toUkraine = year.returned.find((r) => r.side.id === 'ukraine')!;
    // Zelenskyy's 390 and the article's own 390 are one count, not 780; the running total 4,757 is no part of it.
    expect(toUkraine).toMatchObject({ people: 390, mediator: null, event: null });
    expect(toUkraine.figures.filter((f) => f.value === 390).length).toBeGreaterThanOrEqual(2);
    expect(toUkraine.figures.map((f) => f.value)).toEqual(expect.arrayContaining([270, 120]));
    expect(toUkraine.figures.map((f) => f.value)).not.toContain(4757);
    expect(toUkraine.figures.every((f) => f.evidence.length > 0)).toBe(true);
  });

  it('never adds up the numbers of different undated exchanges: each keeps its own', async () => {
    const unknown = (await timeline('YEAR')).find((p) => p.period === 'unknown')!;
    const toUkraine = unknown.returned.filter((r) => r.side.id === 'ukraine').map((r) => [r.event?.id, r.people]).sort();
    expect(toUkraine).toEqual([
      ['exchange-mariupol-25', 25],
      ['exchange-over-200-ukrainians', 200],
    ]);
  });

  it('counts the releases without exchange apart from the exchange they are reported with', async () => {
    const bounded = (await timeline('MONTH')).find((p) => p.period === 'on or before 2024-01-04')!;
    expect(ids(bounded.releases)).toEqual(['release-75-russians', 'release-azov-commanders']);
    const viaUae = bounded.returned.map((r) => [r.side.id, r.mediator?.id, r.event?.id, r.people]).sort();
    expect(viaUae).toEqual([
      ['russia', 'uae', 'exchange-uae-2024', 248],
      ['ukraine', 'uae', 'exchange-uae-2024', 230],
    ]);
    const apart = bounded.returnedWithoutExchange.map((r) => [r.side.id, r.event?.id, r.people]).sort();
    expect(apart).toEqual([
      ['russia', 'release-75-russians', 75],
      ['ukraine', 'release-azov-commanders', 5],
    ]);
  });
});
