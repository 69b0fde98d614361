import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

interface Evidence { id: string; quote: string; sentence: string; articleId: string; articleTitle: string | null }
interface GNode { id: string; label: string; name: string; properties: Record<string, unknown>; evidence: Evidence[] }
interface GEdge { id: string; source: string; target: string; type: string; properties: Record<string, unknown>; evidence: Evidence[] }
interface Subgraph { nodes: GNode[]; edges: GEdge[]; truncated: boolean }

const EVIDENCE = 'evidence { id quote sentence articleId articleTitle }';
const SUBGRAPH = `nodes { id label name properties ${EVIDENCE} } edges { id source target type properties ${EVIDENCE} } truncated`;
const NEIGHBOURHOOD = `query($id: ID!, $depth: Int, $limit: Int, $types: [String!]) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, types: $types) { ${SUBGRAPH} } }`;
const PATH = `query($from: ID!, $to: ID!, $maxLength: Int) { path(from: $from, to: $to, maxLength: $maxLength) { ${SUBGRAPH} } }`;

/** The ids of the curated graph within `depth` steps of `id`, found by a plain variable-length match. */
const WITHIN = {
  1: 'OPTIONAL MATCH p = (root)-[*1..1]-(n:Node)',
  2: 'OPTIONAL MATCH p = (root)-[*1..2]-(n:Node)',
};

describe('the graph API (neighbourhood, path, search, timeline) over the seed graph', () => {
  const seeded = useSeededApi();

  const neighbourhood = async (variables: Record<string, unknown>): Promise<Subgraph> => {
    const response = await seeded.api.query<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.neighbourhood;
  };
  /** What Cypher itself says the neighbourhood is: node ids, and the relationships among them. */
  const expected = async (id: string, depth: 1 | 2): Promise<{ nodes: string[]; edges: string[] }> => {
    const [row] = await seeded.db.read(
      `MATCH (root:Node {id: $id})
       ${WITHIN[depth]}
       WHERE all(x IN nodes(p) WHERE NOT x:Evidence AND NOT x:Article)
       WITH root, collect(DISTINCT n) AS near
       UNWIND [root] + [x IN near WHERE x <> root] AS a
       WITH a, [root] + near AS kept
       OPTIONAL MATCH (a)-[r]->(b) WHERE b IN kept
       RETURN collect(DISTINCT a.id) AS nodes, collect(DISTINCT r.id) AS edges`,
      { id },
    );
    return { nodes: (row.nodes as string[]).sort(), edges: (row.edges as string[]).sort() };
  };

  it('draws the UAE with the exchange it facilitated, the MEDIATED_BY edge and its quote, in one round trip', async () => {
    const response = await seeded.api.query<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id: 'uae' });
    expect(response.extensions?.roundTrips).toBe(1);
    const { nodes, edges, truncated } = response.data!.neighbourhood;
    expect(truncated).toBe(false);
    expect(nodes[0]).toMatchObject({ id: 'uae', label: 'State', name: 'United Arab Emirates' });
    expect(nodes.map((n) => n.id)).toContain('exchange-uae-2024');
    const mediated = edges.find((e) => e.type === 'MEDIATED_BY');
    expect(mediated).toMatchObject({
      id: 'exchange-uae-2024>MEDIATED_BY>uae',
      source: 'exchange-uae-2024',
      target: 'uae',
      properties: { role: 'facilitator' },
    });
    expect(mediated!.evidence).toEqual([
      expect.objectContaining({
        quote: 'This exchange, facilitated by officials from the United Arab Emirates',
        articleId: '004_6e72fc995c898aae',
        sentence: expect.stringContaining('marks the largest such operation since the Russian invasion'),
      }),
    ]);
    // A node's own evidence comes in the same query.
    const exchange = nodes.find((n) => n.id === 'exchange-uae-2024')!;
    expect(exchange.label).toBe('Exchange');
    expect(exchange.evidence.map((e) => e.quote)).toContain(
      'the two nations have successfully conducted a prisoner exchange, with nearly 500 prisoners of war being released on both sides',
    );
  });

  it.each([
    ['uae', 1],
    ['exchange-uae-2024', 1],
    ['mariupol', 2],
  ] as const)('returns exactly the nodes and relationships Cypher finds around %s at depth %i', async (id, depth) => {
    const { nodes, edges } = await neighbourhood({ id, depth, limit: 500 });
    const want = await expected(id, depth);
    expect(nodes.map((n) => n.id).sort()).toEqual(want.nodes);
    expect(edges.map((e) => e.id).sort()).toEqual(want.edges);
    // Stable ids, never Neo4j's element ids; no index or provenance nodes by default.
    for (const n of nodes) expect(n.id).not.toMatch(/^\d+:[0-9a-f-]+:\d+$/);
    expect(nodes.filter((n) => ['Alias', 'Evidence', 'Article'].includes(n.label))).toEqual([]);
  });

  it('keeps the nearest nodes and says truncated when the limit cuts', async () => {
    const [row] = await seeded.db.read(
      "MATCH (:Node {id: 'ukraine'})--(n:Node) WHERE NOT n:Evidence AND NOT n:Article RETURN collect(DISTINCT n.id) AS ids",
    );
    const direct = row.ids as string[];
    expect(direct.length).toBeGreaterThan(5);
    const cut = await neighbourhood({ id: 'ukraine', depth: 2, limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(5);
    expect(cut.nodes[0].id).toBe('ukraine');
    for (const n of cut.nodes.slice(1)) expect(direct).toContain(n.id);
    const ids = new Set(cut.nodes.map((n) => n.id));
    for (const e of cut.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);

    const whole = await neighbourhood({ id: 'ukraine', depth: 1, limit: 500 });
    expect(whole.truncated).toBe(false);
    expect(whole.nodes).toHaveLength(direct.length + 1);
    // Exactly as many as there are: not truncated.
    expect((await neighbourhood({ id: 'ukraine', depth: 1, limit: direct.length + 1 })).truncated).toBe(false);
    expect((await neighbourhood({ id: 'ukraine', depth: 1, limit: direct.length })).truncated).toBe(true);
  });

  it('filters by label: only the labels asked for, the walk going through them alone', async () => {
    const { nodes } = await neighbourhood({ id: 'uae', depth: 3, types: ['Exchange', 'State'] });
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['uae', 'exchange-uae-2024', 'russia', 'ukraine']));
    expect(new Set(nodes.map((n) => n.label))).toEqual(new Set(['State', 'Exchange']));

    // Provenance nodes come when asked for.
    const withEvidence = await neighbourhood({ id: 'exchange-uae-2024', types: ['Evidence'] });
    expect(withEvidence.nodes.filter((n) => n.label === 'Evidence').length).toBeGreaterThan(0);
    expect(withEvidence.edges.every((e) => e.type === 'EVIDENCED_BY' && e.source === 'exchange-uae-2024')).toBe(true);
    expect(withEvidence.edges[0].id).toMatch(/^exchange-uae-2024>EVIDENCED_BY>ev-/);
  });

  it('finds the path from Mariupol to the exchange that freed its defenders (000), through the curated graph', async () => {
    const response = await seeded.api.query<{ path: Subgraph }>(PATH, { from: 'mariupol', to: 'exchange-mariupol-25' });
    expect(response.extensions?.roundTrips).toBe(1);
    const { nodes, edges } = response.data!.path;
    const [row] = await seeded.db.read(
      `MATCH p = shortestPath((:Node {id: 'mariupol'})-[*..10]-(:Node {id: 'exchange-mariupol-25'}))
       WHERE all(x IN nodes(p) WHERE NOT x:Evidence AND NOT x:Article) RETURN length(p) AS length`,
    );
    expect(edges).toHaveLength(row.length as number);
    expect(nodes).toHaveLength(edges.length + 1);
    expect(nodes[0].id).toBe('mariupol');
    expect(nodes[nodes.length - 1].id).toBe('exchange-mariupol-25');
    // Each step joins consecutive nodes (either way round) and carries its evidence or basis.
    edges.forEach((e, i) => {
      expect([e.source, e.target].sort()).toEqual([nodes[i].id, nodes[i + 1].id].sort());
      expect(e.evidence.length > 0 || typeof e.properties.basis === 'string').toBe(true);
    });
    expect(nodes.some((n) => ['Evidence', 'Article'].includes(n.label))).toBe(false);
  });

  it('returns an empty path when the shortest is longer than maxLength, and the node alone from a node to itself', async () => {
    const [row] = await seeded.db.read(
      `MATCH p = shortestPath((:Node {id: 'uae'})-[*..10]-(:Node {id: 'mariupol'}))
       WHERE all(x IN nodes(p) WHERE NOT x:Evidence AND NOT x:Article) RETURN length(p) AS length`,
    );
    const length = row.length as number;
    expect(length).toBeGreaterThan(1);
    const short = await seeded.api.query<{ path: Subgraph }>(PATH, { from: 'uae', to: 'mariupol', maxLength: length - 1 });
    expect(short.data!.path).toEqual({ nodes: [], edges: [], truncated: false });
    const exact = await seeded.api.query<{ path: Subgraph }>(PATH, { from: 'uae', to: 'mariupol', maxLength: length });
    expect(exact.data!.path.edges).toHaveLength(length);
    const self = await seeded.api.query<{ path: Subgraph }>(PATH, { from: 'uae', to: 'uae' });
    expect(self.data!.path.nodes.map((n) => n.id)).toEqual(['uae']);
    expect(self.data!.path.edges).toEqual([]);
  });

  it('refuses an unknown id with NOT_FOUND naming the argument', async () => {
    const none = await seeded.api.query(NEIGHBOURHOOD, { id: 'atlantis' });
    expect(none.data).toBeNull();
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringContaining('atlantis'), extensions: { code: 'NOT_FOUND', argument: 'id' } });
    const from = await seeded.api.query(PATH, { from: 'atlantis', to: 'uae' });
    expect(from.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
    const to = await seeded.api.query(PATH, { from: 'uae', to: 'atlantis' });
    expect(to.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'to' });
    // Alias keys are not nodes: a name is not an id.
    const alias = await seeded.api.query(NEIGHBOURHOOD, { id: 'UAE' });
    expect(alias.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['neighbourhood', 'depth', 0],
    ['neighbourhood', 'depth', 4],
    ['neighbourhood', 'limit', 0],
    ['neighbourhood', 'limit', 501],
    ['path', 'maxLength', 0],
    ['path', 'maxLength', 11],
  ])('refuses %s(%s: %i) with BAD_USER_INPUT naming the argument, before any query', async (field, argument, value) => {
    const response =
      field === 'path'
        ? await seeded.api.query(PATH, { from: 'uae', to: 'mariupol', [argument]: value })
        : await seeded.api.query(NEIGHBOURHOOD, { id: 'uae', [argument]: value });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining(argument), extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(response.extensions?.roundTrips).toBe(0);
  });

  it('accepts the bounds themselves', async () => {
    expect((await seeded.api.query(NEIGHBOURHOOD, { id: 'uae', depth: 3, limit: 500 })).errors).toBeUndefined();
    expect((await seeded.api.query(NEIGHBOURHOOD, { id: 'uae', depth: 1, limit: 1 })).data).toMatchObject({
      neighbourhood: { nodes: [{ id: 'uae' }], edges: [], truncated: true },
    });
    expect((await seeded.api.query(PATH, { from: 'uae', to: 'mariupol', maxLength: 10 })).errors).toBeUndefined();
  });

  it('refuses a label that does not exist', async () => {
    const response = await seeded.api.query(NEIGHBOURHOOD, { id: 'uae', types: ['Exchanges'] });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('Exchanges'), extensions: { code: 'BAD_USER_INPUT', argument: 'types' } });
  });

  // ------------------------------------------------ search, as the explorer uses it
  const search = async (text: string): Promise<GNode[]> => {
    const response = await seeded.api.query<{ search: { node: GNode }[] }>('query($text: String!) { search(text: $text) { node { id label name } } }', { text });
    expect(response.errors).toBeUndefined();
    return response.data!.search.map((hit) => hit.node);
  };

  it('resolves any alias, whatever its case, to the entity first', async () => {
    expect((await search('UAE'))[0]).toMatchObject({ id: 'uae', name: 'United Arab Emirates' });
    expect((await search('  emirati '))[0].id).toBe('uae');
    expect((await search('Zelenskyy'))[0].id).toBe('zelensky');
  });

  it('finds by the start of words too, nothing for unknown text, and refuses blank text', async () => {
    expect((await search('mariupol def')).map((n) => n.id)).toContain('mariupol-defenders');
    expect(await search('Atlantis')).toEqual([]);
    // Lucene syntax in the text is searched for, not obeyed.
    expect(await search('UAE) OR (*')).toEqual(expect.any(Array));
    const blank = await seeded.api.query('{ search(text: "   ") { score } }');
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
