import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

interface Hit {
  node: { id: string; label: string };
  matchedIn: string;
  field: string;
  snippet: string;
  exact: boolean;
}

/** `search` and the names people use for events, through GraphQL against the seeded graph. */
describe('search that forgives', () => {
  const seeded = useSeededApi();
  const search = async (text: string, first = 20): Promise<Hit[]> => {
    const response = await seeded.api.query<{ search: Hit[] }>(
      'query ($text: String!, $first: Int) { search(text: $text, first: $first) { node { id label } matchedIn field snippet exact } }',
      { text, first },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  };
  const ids = (hits: Hit[]): string[] => hits.map((h) => h.node.id);

  it.each([
    ['the Kremlin', 'kremlin'],
    ['defenders of Mariupol', 'mariupol-defenders'],
    ['without an exchange', 'release-75-russians'],
    ['1,000-for-1,000', 'exchange-1000-for-1000'],
    ['1000-for-1000', 'exchange-1000-for-1000'],
    ['4,757', 'fig-002-4757-released-since-2022'],
    ['4757', 'fig-002-4757-released-since-2022'],
  ])('%j finds %s', async (text, id) => {
    expect(ids(await search(text))).toContain(id);
  });

  it('ranks an exact name or alias first, saying which one matched', async () => {
    const [first, ...rest] = await search('the 1,000-for-1,000 swap');
    expect(first).toEqual({ node: { id: 'exchange-1000-for-1000', label: 'Exchange' }, matchedIn: 'name', field: 'alias', snippet: 'the 1,000-for-1,000 swap', exact: true });
    expect(rest.every((h) => !h.exact)).toBe(true);
    const [talks] = await search('Istanbul talks');
    expect(talks).toMatchObject({ node: { id: 'negotiation-istanbul-2025-05-16' }, exact: true });
  });

  it('says for each word match the field and a snippet holding the words', async () => {
    const hits = await search('without an exchange');
    const release = hits.find((h) => h.node.id === 'release-75-russians')!;
    expect(release).toMatchObject({ matchedIn: 'name', field: 'name', exact: false });
    expect(release.snippet).toMatch(/without an exchange/);
    const article = hits.find((h) => h.node.id === '004_6e72fc995c898aae')!;
    expect(article).toMatchObject({ matchedIn: 'article', field: 'sentence' });
    expect(article.snippet).toMatch(/handed back without an exchange/);
  });

  it('takes a phrase in quotes as a phrase', async () => {
    const loose = ids(await search('exchange Istanbul'));
    const phrase = ids(await search('"laborious process"'));
    expect(phrase).toContain('st-peskov-laborious-process');
    expect(phrase).not.toContain('negotiation-istanbul-2025-05-16');
    expect(ids(await search('"process laborious"'))).not.toContain('st-peskov-laborious-process');
    expect(loose.length).toBeGreaterThan(0);
  });

  it('finds every event on a date written as people write it', async () => {
    for (const text of ['23 May 2025', '2025-05-23', 'May 23, 2025']) {
      const exact = (await search(text)).filter((h) => h.exact);
      expect(exact).toEqual([{ node: { id: 'exchange-2025-05-23', label: 'Exchange' }, matchedIn: 'date', field: 'date', snippet: '2025-05-23', exact: true }]);
    }
    const may = (await search('May 2025')).filter((h) => h.exact).map((h) => h.node.id).sort();
    expect(may).toEqual(['exchange-2025-05-23', 'negotiation-istanbul-2025-05-16']);
  });
});

describe('names people use for events', () => {
  const seeded = useSeededApi();
  const entity = async (name: string) => {
    const response = await seeded.api.query<{ entity: { id: string } | null }>('query ($name: String!) { entity(name: $name) { id } }', { name });
    expect(response.errors).toBeUndefined();
    return { id: response.data!.entity?.id ?? null, warnings: (response.extensions?.warnings ?? []) as string[] };
  };

  it.each([
    ['the 1,000-for-1,000 swap', 'exchange-1000-for-1000'],
    ['1,000-for-1,000 swap', 'exchange-1000-for-1000'],
    ['23 May 2025 exchange', 'exchange-2025-05-23'],
    ['Istanbul talks', 'negotiation-istanbul-2025-05-16'],
    ['23 May 2025', 'exchange-2025-05-23'],
    ['2025-05-23', 'exchange-2025-05-23'],
    ['May 23, 2025', 'exchange-2025-05-23'],
    ['23rd May 2025', 'exchange-2025-05-23'],
    ['16 May 2025', 'negotiation-istanbul-2025-05-16'],
    ['the UAE-facilitated exchange', 'exchange-uae-2024'],
  ])('entity(%j) is %s', async (name, id) => {
    expect(await entity(name)).toEqual({ id, warnings: [] });
  });

  it('answers a date that names several events with none of them and a warning naming them', async () => {
    const { id, warnings } = await entity('May 2025');
    expect(id).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^"May 2025" names 2 events \(.*Istanbul talks.*First phase.*\): ask for one by its name\.$/)]);
  });

  it.each(['31 February 2025', '2025-13-01', '0 May 2025', 'May', 'Istanbul 2025', '2024-01-04'])('finds no event for %j, guessing nothing', async (name) => {
    expect((await entity(name)).id).toBeNull();
  });

  it('resolves a date in a name filter too', async () => {
    const response = await seeded.api.query<{ statements: { edges: { node: { id: string } }[] } }>(
      '{ statements(about: "23 May 2025", first: 100) { edges { node { id } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.statements.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['st-peskov-laborious-process', 'st-trump-major-003']));
  });
});

describe('a date in a name filter that names several events', () => {
  const seeded = useSeededApi();
  const warningsOf = async (query: string): Promise<string[]> => {
    const response = await seeded.api.query(query);
    expect(response.errors).toBeUndefined();
    return (response.extensions?.warnings ?? []) as string[];
  };
  const MAY = /^"May 2025" \((\w+)\) names 2 events \((.*)\): ask for one by its name; nothing matches it as it stands\.$/;

  it.each([
    ['exchanges', '{ exchanges(where: { involves: "May 2025" }) { totalCount } }', 'involves'],
    ['statements', '{ statements(where: { about: "May 2025" }) { totalCount } }', 'about'],
    ['figures', '{ figures(where: { about: "May 2025" }) { totalCount } }', 'about'],
  ])('%s: says which events it could mean, picking none', async (_field, query, argument) => {
    const [warning, ...more] = await warningsOf(query);
    expect(more).toEqual([]);
    const [, named, candidates] = warning.match(MAY) ?? [];
    expect(named).toBe(argument);
    expect(candidates.split('; ').sort()).toEqual([expect.stringContaining('First phase'), expect.stringContaining('Istanbul talks')].sort());
  });

  it('still says an unknown name is nobody', async () => {
    expect(await warningsOf('{ exchanges(where: { place: "Atlantis" }) { totalCount } }')).toEqual([
      'No entity is called "Atlantis" (place): nothing can match it.',
    ]);
  });
});
