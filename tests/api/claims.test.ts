import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

interface Explanation {
  filter: string;
  summary: string;
  links: { type: string; title: string | null; evidence: { quote: string }[]; basis: string | null }[];
}
interface Edge<N> {
  node: N;
  matchedBecause: Explanation[];
}
type Claim = { id: string; statedBy: { id: string }[] };

describe('claims as first-class queries', () => {
  const seeded = useSeededApi();

  const STATEMENTS = `query ($where: StatementWhere) {
    statements(where: $where, first: 40) {
      totalCount
      edges { node { id statedBy { id } } matchedBecause { filter summary links { type title basis evidence { quote } } } }
    }
  }`;

  it('"What did Russia say?" covers its officials and bodies, each answer saying through which role', async () => {
    const response = await seeded.api.query<{ statements: { totalCount: number; edges: Edge<Claim>[] } }>(STATEMENTS, { where: { statedBy: 'Russia' } });
    expect(response.errors).toBeUndefined();
    const { edges, totalCount } = response.data!.statements;
    expect(totalCount).toBe(edges.length);
    const speakers = new Set(edges.flatMap((e) => e.node.statedBy.map((s) => s.id)));
    for (const who of ['peskov', 'lavrov', 'moskalkova', 'russia-mod']) expect(speakers).toContain(who);
    expect(speakers).not.toContain('zelensky');
    const peskov = edges.find((e) => e.node.id === 'st-peskov-laborious-process')!;
    expect(peskov.matchedBecause).toHaveLength(1);
    expect(peskov.matchedBecause[0].filter).toBe('statedBy');
    expect(peskov.matchedBecause[0].summary).toMatch(/^.+ → STATED_BY → Dmitry Peskov → HOLDS_ROLE → .*Kremlin.* → PART_OF → Russia$/);
    const role = peskov.matchedBecause[0].links.find((l) => l.type === 'HOLDS_ROLE')!;
    expect(role.title).toBe('Kremlin spokesman');
    expect(role.evidence.map((e) => e.quote)).toContain('Kremlin spokesman Dmitry Peskov');
    // The Kremlin is part of Russia by reference knowledge: the step says so.
    expect(peskov.matchedBecause[0].links.find((l) => l.type === 'PART_OF')!.basis).toMatch(/reference knowledge/);
    const lavrov = edges.find((e) => e.node.statedBy.some((s) => s.id === 'lavrov'))!;
    expect(lavrov.matchedBecause[0].links.map((l) => [l.type, l.title])).toEqual([
      ['STATED_BY', null],
      ['HOLDS_ROLE', 'Foreign Minister'],
    ]);
  });

  it('keeps the deprecated `by` argument working, with the same answer', async () => {
    const byWhere = await seeded.api.query<{ statements: { edges: Edge<Claim>[] } }>('{ statements(where: {statedBy: "Kremlin"}, first: 100) { edges { node { id } } } }');
    const byOld = await seeded.api.query<{ statements: { edges: Edge<Claim>[] } }>('{ statements(by: "Kremlin", first: 100) { edges { node { id } } } }');
    expect(byOld.errors).toBeUndefined();
    expect(byOld.data).toEqual(byWhere.data);
    expect(byOld.data!.statements.edges.map((e) => e.node.id)).toEqual(['st-peskov-laborious-process']);
  });

  const FIGURES = `query ($where: FigureWhere, $after: String) {
    figures(where: $where, first: 2, after: $after) {
      totalCount
      edges { cursor node { id value counts flag flagNote returnedTo { id } releasedBy { id } statedBy { id } evidence { quote } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Figure = { id: string; value: number | null; counts: string | null; flag: string | null; flagNote: string | null; returnedTo: { id: string } | null; statedBy: { id: string }[] };
  type Figures = { figures: { totalCount: number; edges: Edge<Figure>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  const allFigures = async (where: Record<string, unknown>): Promise<Figure[]> => {
    const seen: Figure[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response: Awaited<ReturnType<typeof seeded.api.query<Figures>>> = await seeded.api.query<Figures>(FIGURES, { where, after });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.roundTrips).toBe(1);
      seen.push(...response.data!.figures.edges.map((e) => e.node));
      if (!response.data!.figures.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(response.data!.figures.totalCount);
        return seen;
      }
      after = response.data!.figures.pageInfo.endCursor;
    }
    throw new Error('more than 50 pages');
  };

  it('pages through figures filtered by claimant, direction and status, each with its description', async () => {
    const russian = await allFigures({ statedBy: 'Russia', returnedTo: 'Russia', status: 'reported' });
    expect(russian.length).toBeGreaterThan(0);
    for (const f of russian) {
      expect(f.returnedTo?.id).toBe('russia');
      expect(f.statedBy.length).toBeGreaterThan(0);
      expect(f.counts).toEqual(expect.any(String));
    }
    expect(russian.map((f) => f.statedBy[0].id)).toEqual(expect.arrayContaining(['russia', 'russia-mod']));
    const all = await allFigures({});
    const [{ count }] = await seeded.db.read('MATCH (f:Figure) RETURN count(f) AS count');
    expect(all).toHaveLength(count as number);
    expect(new Set(all.map((f) => f.id)).size).toBe(count);
  });

  it('filters figures by flag and by the dates of what they are about', async () => {
    const unverified = await allFigures({ flag: 'UNVERIFIED' });
    expect(unverified.length).toBeGreaterThan(0);
    for (const f of unverified) {
      expect(f.flag).toBe('UNVERIFIED');
      expect(f.flagNote).toEqual(expect.any(String));
    }
    // 004's exchange is known only as done by 2024-01-04: within "to", outside any "from".
    const in2024 = await allFigures({ to: '2024-12-31' });
    expect(in2024.map((f) => f.value)).toEqual(expect.arrayContaining([230, 248]));
    expect(in2024.map((f) => f.value)).not.toContain(390);
  });

  it('shows a running total with the date it counts from, its description and flags, wherever the figure is shown', async () => {
    const FIGURE = 'id value status counts since sincePrecision flag flagNote';
    const response = await seeded.api.query<{
      figures: { edges: { node: Record<string, unknown> }[] };
      node: Record<string, unknown>;
      unverified: Record<string, unknown>;
      entity: { figures: Record<string, unknown>[] };
    }>(`{
      figures(where: { status: "cumulative" }) { edges { node { ${FIGURE} } } }
      node(id: "fig-002-4757-released-since-2022") { ... on Figure { ${FIGURE} } }
      unverified: node(id: "fig-004-230-to-ukraine") { ... on Figure { ${FIGURE} } }
      entity(name: "Coordination Headquarters for the Treatment of Prisoners of War") { ... on Actor { figures { ${FIGURE} } } }
    }`);
    expect(response.errors).toBeUndefined();
    const total = {
      id: 'fig-002-4757-released-since-2022',
      value: 4757,
      status: 'cumulative',
      counts: expect.stringContaining('since March 2022'),
      since: '2022-03-01',
      sincePrecision: 'MONTH',
      flag: null,
      flagNote: null,
    };
    expect(response.data!.figures.edges.map((e) => e.node)).toEqual([total]);
    expect(response.data!.node).toEqual(total);
    expect(response.data!.entity.figures).toContainEqual(total);
    // A figure of one exchange counts no running total: no `since`; its flag and note come with it.
    expect(response.data!.unverified).toMatchObject({
      status: 'reported',
      since: null,
      sincePrecision: null,
      flag: 'UNVERIFIED',
      flagNote: expect.stringContaining('cannot be independently verified'),
    });
  });

  it('answers an unknown claimant with nothing and a warning', async () => {
    const response = await seeded.api.query<Figures>(FIGURES, { where: { statedBy: 'Atlantis' } });
    expect(response.data!.figures.totalCount).toBe(0);
    expect(response.extensions?.warnings).toEqual([expect.stringContaining('"Atlantis" (statedBy)')]);
  });
});
