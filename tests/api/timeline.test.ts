import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

interface Period {
  period: string;
  exchanges: { id: string }[];
  returned: { side: { id: string }; mediator: { id: string } | null; people: number; figures: { value: number; statedBy: { id: string }[]; evidence: { article: { id: string } }[] }[] }[];
}

describe('timeline', () => {
  const seeded = useSeededApi();

  const timeline = async (granularity: string): Promise<Period[]> => {
    const response = await seeded.api.query<{ timeline: Period[] }>(`{ timeline(granularity: ${granularity}) {
      period exchanges { id } returned { side { id } mediator { id } people figures { value statedBy { id } evidence { article { id } } } }
    } }`);
    expect(response.errors).toBeUndefined();
    return response.data!.timeline;
  };

  it('groups exchanges by month, keeping undated ones apart instead of guessing', async () => {
    const months = await timeline('MONTH');
    const byPeriod = Object.fromEntries(months.map((p) => [p.period, p.exchanges.map((x) => x.id).sort()]));
    expect(byPeriod['2025-05']).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23']);
    expect(byPeriod.unknown).toEqual(expect.arrayContaining(['exchange-mariupol-25', 'exchange-istanbul-under-25', 'exchange-uae-2024']));
    expect(Object.keys(byPeriod).some((p) => p.startsWith('2023'))).toBe(false);
  });

  it('counts people per side once per exchange, with the claims behind each number', async () => {
    const may = (await timeline('YEAR')).find((p) => p.period === '2025')!;
    const toUkraine = may.returned.find((r) => r.side.id === 'ukraine')!;
    // Zelenskyy's 390 and the article's own 390 are one count, not 780.
    expect(toUkraine.people).toBe(390);
    expect(toUkraine.mediator).toBeNull();
    // Both 390s are shown as the claims behind it, with the 270 + 120 parts; all with evidence.
    expect(toUkraine.figures.filter((f) => f.value === 390).length).toBeGreaterThanOrEqual(2);
    expect(toUkraine.figures.map((f) => f.value)).toEqual(expect.arrayContaining([270, 120]));
    expect(toUkraine.figures.every((f) => f.evidence.length > 0)).toBe(true);
    const unknown = (await timeline('YEAR')).find((p) => p.period === 'unknown')!;
    const viaUae = unknown.returned.filter((r) => r.mediator?.id === 'uae').map((r) => [r.side.id, r.people]);
    expect(viaUae).toEqual(expect.arrayContaining([['ukraine', 230], ['russia', 248]]));
  });
});
