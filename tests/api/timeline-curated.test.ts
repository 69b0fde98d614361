import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ingestArticle } from '../../src/extract/ingest';
import { readArticle } from '../../src/extract/intake';
import { useSeededApi } from '../support/api';

interface Period {
  period: string;
  exchanges: { id: string }[];
  returned: { side: { id: string }; mediator: { id: string } | null; people: number; figures: { id: string }[] }[];
}

const TIMELINE = `query ($curatedOnly: Boolean) { timeline(granularity: MONTH, curatedOnly: $curatedOnly) {
  period exchanges { id } returned { side { id } mediator { id } people figures { id } }
} }`;

/** The seeds, then an extracted report of a further UAE-mediated swap in June 2024 (90 to each side). */
describe('timeline(curatedOnly)', () => {
  const seeded = useSeededApi();
  let curatedBefore: Period[];

  const timeline = async (curatedOnly: boolean): Promise<Period[]> => {
    const response = await seeded.api.query<{ timeline: Period[] }>(TIMELINE, { curatedOnly });
    expect(response.errors).toBeUndefined();
    return response.data!.timeline;
  };

  beforeAll(async () => {
    curatedBefore = await timeline(true);
    const text = fs.readFileSync(path.join(__dirname, '..', 'ingest', 'fixtures', 'uae-june-swap.txt'));
    await ingestArticle(seeded.db, readArticle(text));
  }, 300_000);

  it('counts the extracted exchange, its figures and its mediator by default, marked extracted', async () => {
    const june = (await timeline(false)).find((p) => p.period === '2024-06');
    expect(june?.exchanges).toHaveLength(1);
    const exchange = await seeded.api.query<{ node: { provenance: { status: string } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Exchange { provenance { status } } } }',
      { id: june!.exchanges[0].id },
    );
    expect(exchange.data?.node.provenance.status).toBe('EXTRACTED');
    const toUkraine = june!.returned.find((r) => r.side.id === 'ukraine');
    expect(toUkraine).toMatchObject({ mediator: { id: 'uae' }, people: 90 });
  });

  it('leaves out every extracted event and figure when asked for curated facts only', async () => {
    const curated = await timeline(true);
    expect(curated.find((p) => p.period === '2024-06')).toBeUndefined();
    expect(curated).toEqual(curatedBefore);
  });
});
