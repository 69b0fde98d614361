import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

/** The questions of shared/acceptance.md, asked through GraphQL over HTTP. */

const A004 = '004_6e72fc995c898aae';

interface Evidence {
  quote: string;
  article: { id: string };
}
interface Connection {
  exchanges: {
    totalCount: number;
    edges: { node: { id: string; articles: { id: string }[]; evidence: Evidence[] }; matchedBecause: { filter: string; summary: string }[] }[];
  };
}
type Places = { node: { id: string } }[];
interface SwapAndPhase {
  node: { places: Places; figures: { value: number | null; status: string; returnedTo: { id: string } | null }[] };
  swap: { agreement: { negotiation: { places: Places } } };
}
interface Entity {
  entity: { id: string; aliases: string[]; roles: { title: string; node: { id: string } }[]; statements: { evidence: { article: { id: string } }[] }[] };
}

const EXCHANGES = `query ($where: ExchangeWhere) {
  exchanges(where: $where, first: 100) {
    totalCount
    edges {
      node { id articles { id } evidence { quote article { id } } }
      matchedBecause { filter summary }
    }
  }
}`;

describe('analyst questions through GraphQL', () => {
  const seeded = useSeededApi();
  const exchanges = async (where: Record<string, unknown>) => {
    const response = await seeded.api.query<Connection>(EXCHANGES, { where });
    expect(response.errors).toBeUndefined();
    return response;
  };
  const ids = async (where: Record<string, unknown>): Promise<string[]> =>
    (await exchanges(where)).data!.exchanges.edges.map((e) => e.node.id).sort();


  it('A1: the UAE mediated one exchange, reported by 004, with the sentence saying so', async () => {
    const { data } = await exchanges({ mediatedBy: 'UAE' });
    expect(data!.exchanges.totalCount).toBe(1);
    const [edge] = data!.exchanges.edges;
    expect(edge.node.id).toBe('exchange-uae-2024');
    expect(edge.node.articles.map((a) => a.id)).toEqual([A004]);
    expect(edge.matchedBecause).toEqual([{ filter: 'mediatedBy', summary: expect.stringContaining('MEDIATED_BY → United Arab Emirates') }]);
  });

  it('A2: Turkey covers the exchanges agreed at talks in Istanbul (002/003 and 001), not 004', async () => {
    const turkey = await ids({ mediatedBy: 'Turkey' });
    expect(turkey).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23', 'exchange-istanbul-under-25']);
    const { data } = await exchanges({ mediatedBy: 'Turkey' });
    const articles = new Set(data!.exchanges.edges.flatMap((e) => e.node.articles.map((a) => a.id.slice(0, 3))));
    expect([...articles].sort()).toEqual(['001', '002', '003']);
    for (const edge of data!.exchanges.edges) {
      expect(edge.matchedBecause[0].summary).toMatch(/UNDER → .* AGREED_AT → .* TOOK_PLACE_IN → Istanbul → LOCATED_IN → Turkey$/);
    }
  });

  it('A3: Mariupol defenders were in 000, 001 and 004 (Azovstal lies in Mariupol), not the 23 May phase', async () => {
    expect(await ids({ involves: 'Mariupol defenders' })).toEqual(['exchange-istanbul-under-25', 'exchange-mariupol-25', 'exchange-uae-2024']);
    const { data } = await exchanges({ involves: 'defenders of Mariupol' });
    const uae = data!.exchanges.edges.find((e) => e.node.id === 'exchange-uae-2024')!;
    expect(uae.matchedBecause[0].summary).toContain('Azovstal');
    // Azovstal defenders do not widen to all of Mariupol.
    expect(await ids({ involves: 'Azovstal defenders' })).toEqual(['exchange-uae-2024']);
  });

  it('A4: the UAE-mediated exchange returned 230 to Ukraine and 248 to Russia, each with its claimant and evidence', async () => {
    const { data, errors } = await seeded.api.query<{ exchanges: { edges: { node: { figures: Record<string, unknown>[] } }[] } }>(`{
      exchanges(where: {mediatedBy: "United Arab Emirates"}) { edges { node {
        figures { value status returnedTo { id } statedBy { id } evidence { quote article { id } } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    const figures = data!.exchanges.edges[0].node.figures as {
      value: number; returnedTo: { id: string } | null; statedBy: { id: string }[]; evidence: Evidence[];
    }[];
    const directed = figures.filter((f) => f.returnedTo).map((f) => [f.value, f.returnedTo!.id, f.statedBy.map((s) => s.id)]);
    expect(directed).toEqual(expect.arrayContaining([[230, 'ukraine', ['ukraine']], [248, 'russia', ['russia']]]));
    for (const f of figures.filter((x) => x.value === 230 || x.value === 248)) {
      expect(f.evidence[0].article.id).toBe(A004);
      expect(f.evidence[0].quote).toContain(String(f.value));
    }
  });

  it('A5: what each official said about the 23 May 2025 exchange, with article and quote', async () => {
    const { data, errors } = await seeded.api.query<{ statements: { totalCount: number; edges: { node: { text: string; statedBy: { id: string }[]; evidence: Evidence[] } }[] } }>(`{
      statements(about: "exchange-2025-05-23", first: 100) { totalCount edges { node { text statedBy { id } evidence { quote article { id } } } } }
    }`);
    expect(errors).toBeUndefined();
    const speakers = new Set(data!.statements.edges.flatMap((e) => e.node.statedBy.map((s) => s.id)));
    for (const who of ['zelensky', 'peskov', 'trump', 'lavrov', 'budanov', 'russia-mod']) expect(speakers).toContain(who);
    for (const { node } of data!.statements.edges) {
      expect(node.evidence.length).toBeGreaterThan(0);
      expect(node.evidence.every((e) => e.article.id && e.quote)).toBe(true);
    }
    const peskov = data!.statements.edges.find((e) => e.node.statedBy.some((s) => s.id === 'peskov'))!;
    expect(peskov.node.evidence[0].quote).toContain('laborious process');
  });

  it('A6: the 1,000-for-1,000 swap was agreed at the Istanbul talks of 16 May 2025; first phase 23 May, 390 for 390, at the Ukraine–Belarus border', async () => {
    const { data, errors } = await seeded.api.query<SwapAndPhase>(`{
      node(id: "exchange-2025-05-23") { ... on Exchange {
        startDate datePrecision places { node { id } }
        phaseOf { id }
        figures { value returnedTo { id } status }
      } }
      swap: node(id: "exchange-1000-for-1000") { ... on Exchange {
        agreement { negotiation { startDate datePrecision places { node { id } } evidence { quote } } }
      } }
    }`);
    expect(errors).toBeUndefined();
    const phase = data!.node;
    expect(phase).toMatchObject({ startDate: '2025-05-23', datePrecision: 'DAY', phaseOf: { id: 'exchange-1000-for-1000' } });
    expect(phase.places.map((p) => p.node.id)).toContain('ukraine-belarus-border');
    const returned = phase.figures.filter((f) => f.value === 390 && f.status === 'REPORTED'.toLowerCase()).map((f) => f.returnedTo?.id);
    expect(returned).toEqual(expect.arrayContaining(['ukraine', 'russia']));
    const negotiation = data!.swap.agreement.negotiation;
    expect(negotiation).toMatchObject({ startDate: '2025-05-16', datePrecision: 'DAY' });
    expect(negotiation.places.map((p) => p.node.id)).toContain('istanbul');
  });

  it('A7: "Zelensky" is one person, also spelled Zelenskyy, President of Ukraine, with statements from several articles', async () => {
    const query = `query ($name: String!) { entity(name: $name) { id name aliases ... on Actor {
      roles { title node { id } } statements { evidence { article { id } } } } } }`;
    const answers = await Promise.all(['Zelensky', 'Zelenskyy', 'volodymyr zelensky'].map((name) => seeded.api.query<Entity>(query, { name })));
    for (const a of answers) expect(a.data).toEqual(answers[0].data);
    const zelensky = answers[0].data!.entity;
    expect(zelensky.id).toBe('zelensky');
    expect(zelensky.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy']));
    expect(zelensky.roles).toContainEqual({ title: 'President of Ukraine', node: { id: 'ukraine' } });
    const articles = new Set(zelensky.statements.flatMap((s) => s.evidence.map((e) => e.article.id)));
    expect(articles.size).toBeGreaterThanOrEqual(3);
  });

  it('A8: only the 23 May 2025 phase included civilians (from the Kursk region)', async () => {
    expect(await ids({ involves: 'civilians' })).toEqual(['exchange-2025-05-23']);
    expect(await ids({ involves: 'Kursk region' })).toEqual(['exchange-2025-05-23']);
  });

  it('comes back empty, not wrong: the United States mediated nothing, nothing is dated 2023', async () => {
    expect(await ids({ mediatedBy: 'United States' })).toEqual([]);
    expect(await ids({ mediatedBy: 'USA' })).toEqual([]);
    expect(await ids({ from: '2023-01-01', to: '2023-12-31' })).toEqual([]);
  });

  it('places bounded dates: reported done in an article of 2024-01-04, it matches to: 2024-12-31', async () => {
    expect(await ids({ to: '2024-12-31' })).toEqual(['exchange-uae-2024']);
    // The 23 May phase lies within May; the whole swap went on past its start, end unreported.
    expect(await ids({ from: '2025-05-01', to: '2025-05-31' })).toEqual(['exchange-2025-05-23']);
    expect(await ids({ from: '2025-05-01' })).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23']);
  });

  it('gives identical answers for every alias of a name', async () => {
    const pairs: [string, Record<string, unknown>[]][] = [
      ['mediatedBy', [{ mediatedBy: 'UAE' }, { mediatedBy: 'United Arab Emirates' }, { mediatedBy: 'uae' }]],
      ['mediatedBy', [{ mediatedBy: 'Turkey' }, { mediatedBy: 'Türkiye' }, { mediatedBy: 'TURKIYE' }]],
      ['involves', [{ involves: 'Mariupol defenders' }, { involves: 'defenders of Mariupol' }]],
    ];
    for (const [, variants] of pairs) {
      const answers = await Promise.all(variants.map(ids));
      for (const a of answers) expect(a).toEqual(answers[0]);
      expect(answers[0].length).toBeGreaterThan(0);
    }
  });

  it('answers an unknown name with an empty connection and a warning, not an error', async () => {
    const response = await exchanges({ mediatedBy: 'Atlantis' });
    expect(response.data!.exchanges).toEqual({ totalCount: 0, edges: [] });
    expect(response.extensions?.warnings).toEqual([expect.stringContaining('"Atlantis"')]);
  });

  it('searches names, claims and articles', async () => {
    const { data } = await seeded.api.query<{ search: { node: { id: string }; matchedIn: string; field: string }[] }>('{ search(text: "Emirates") { node { id } matchedIn field } }');
    expect(data!.search[0]).toEqual({ node: { id: 'uae' }, matchedIn: 'name', field: 'alias' });
  });

  // The questions the fact-check added (issue 11), each one query, each answer with its sentences.
  it('what happened on 23 May 2025 lists what was said about it, not the 4,757 running total nor the ambiguous "fifth swap"', async () => {
    const response = await seeded.api.query<{ entity: { id: string; figures: { id: string }[]; statements: { id: string; evidence: Evidence[] }[] } }>(
      '{ entity(name: "23 May 2025") { id ... on Exchange { figures { id } statements { id evidence { quote article { id } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const { id, figures, statements } = response.data!.entity;
    expect(id).toBe('exchange-2025-05-23');
    expect(statements.map((s) => s.id)).toEqual(expect.arrayContaining(['st-peskov-laborious-process', 'st-lavrov-draft-peace-agreement']));
    expect(statements.map((s) => s.id)).not.toContain('st-hq-fifth-swap-2023');
    expect(figures.map((f) => f.id)).not.toContain('fig-002-4757-released-since-2022');
    expect(statements.every((s) => s.evidence.length > 0)).toBe(true);
  });

  it('shows the UAE exchange\'s 230 and 248 with their flag, note and the sentence that they cannot be verified', async () => {
    const response = await seeded.api.query<{ entity: { figures: { value: number; counts: string; flag: string; flagNote: string; evidence: Evidence[] }[] } }>(
      '{ entity(name: "the UAE-facilitated exchange") { ... on Exchange { figures { value counts flag flagNote evidence { quote article { id } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const figures = response.data!.entity.figures.filter((f) => [230, 248].includes(f.value));
    expect(figures).toHaveLength(2);
    for (const f of figures) {
      expect(f).toMatchObject({ flag: 'UNVERIFIED', flagNote: expect.stringContaining('cannot be independently verified'), counts: expect.any(String) });
      expect(f.evidence.map((e) => e.quote)).toEqual(expect.arrayContaining([expect.stringContaining('cannot be independently verified')]));
    }
  });

  it('finds the release without an exchange as what it is, tied to the exchange and the return it is reported with', async () => {
    const response = await seeded.api.query<{ search: { node: { id: string; label: string } }[]; entity: { label: string; links: { type: string; outgoing: boolean; node: { id: string }; how: string; evidence: Evidence[] }[] } }>(
      `{ search(text: "without an exchange") { node { id label } }
         entity(name: "75 Russian prisoners handed back without an exchange") { label ... on Event { links { type outgoing node { id } how evidence { quote article { id } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.search[0].node).toEqual({ id: 'release-75-russians', label: 'Release' });
    const related = response.data!.entity.links.filter((l) => l.type === 'RELATED_TO' && l.outgoing).map((l) => l.node.id).sort();
    expect(response.data!.entity.label).toBe('Release');
    expect(related).toEqual(['exchange-uae-2024', 'release-azov-commanders']);
    expect(response.data!.entity.links.every((l) => l.evidence.every((e) => e.article.id === A004))).toBe(true);
  });
});
