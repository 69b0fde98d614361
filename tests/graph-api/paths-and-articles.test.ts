import { describe, expect, it, jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { EVENT_RELATIONSHIP_TYPES } from '../../src/api/graph/bounds';
import { useSeededApi } from '../support/api';

interface GNode { id: string; label: string; status: string; confidence: number | null; evidence: { id: string; quote: string; articleId: string; articleDate: string | null }[] }
interface GEdge { id: string; source: string; target: string; type: string; status: string; confidence: number | null }
interface Paths { nodes: GNode[]; edges: GEdge[]; paths: { nodes: string[]; edges: string[] }[]; truncated: boolean }

// Seeding and planning on a loaded 2-core machine take minutes, not seconds; the
// API started below waits as long for Neo4j.
jest.setTimeout(600_000);
process.env.GRAPHQL_TIMEOUT_MS = '120000';

const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int, $k: Int, $all: Boolean, $avoidHubs: Boolean, $eventsOnly: Boolean) {
  path(from: $from, to: $to, maxLength: $maxLength, k: $k, all: $all, avoidHubs: $avoidHubs, eventsOnly: $eventsOnly) {
    nodes { id label status confidence evidence { id quote articleId articleDate } }
    edges { id source target type status confidence }
    paths { nodes edges } truncated } }`;
const ARTICLE = `query($id: ID!) { articleView(id: $id) { id title publishedAt text facts { id label evidence { id quote articleId } } } }`;

/** What a path-shaped answer must be whatever the options: each path walks its edges from end to end. */
function expectWellFormed(answer: Paths, from: string, to: string): void {
  const edges = new Map(answer.edges.map((e) => [e.id, e]));
  const nodes = new Set(answer.nodes.map((n) => n.id));
  for (const p of answer.paths) {
    expect(p.nodes[0]).toBe(from);
    expect(p.nodes.at(-1)).toBe(to);
    expect(p.edges).toHaveLength(p.nodes.length - 1);
    p.edges.forEach((id, i) => {
      const e = edges.get(id)!;
      expect([e.source, e.target].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
    });
    for (const id of p.nodes) expect(nodes.has(id)).toBe(true);
  }
}

describe('paths with options and the article view, over the seed graph', () => {
  const seeded = useSeededApi();
  const paths = async (variables: Record<string, unknown>): Promise<Paths> => {
    const response = await seeded.api.query<{ path: Paths }>(PATHS, variables);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    return response.data!.path;
  };
  const NOT_INSIDE = "NOT (x:Evidence OR x:Article)";

  it('goes from the UAE to Mariupol through the exchange and the Azovstal defenders when hubs are avoided and only events followed', async () => {
    const plain = await paths({ from: 'uae', to: 'mariupol' });
    expect(plain.paths).toHaveLength(1);
    expect(plain.paths[0].nodes).toContain('ukraine');

    const meaningful = await paths({ from: 'uae', to: 'mariupol', avoidHubs: true, eventsOnly: true });
    expectWellFormed(meaningful, 'uae', 'mariupol');
    expect(meaningful.paths.map((p) => p.nodes)).toEqual([['uae', 'exchange-uae-2024', 'azovstal-defenders', 'azovstal', 'mariupol']]);
    expect(meaningful.paths[0].edges).toEqual([
      'exchange-uae-2024>MEDIATED_BY>uae',
      'exchange-uae-2024>INVOLVED>azovstal-defenders',
      'azovstal-defenders>DEFENDED>azovstal',
      'azovstal>LOCATED_IN>mariupol',
    ]);
  });

  it('returns every shortest path with all, as Cypher’s allShortestPaths counts them, and no state inside one with avoidHubs', async () => {
    const [row] = await seeded.db.read(
      `MATCH p = allShortestPaths((:Node {id: 'ukraine'})-[*..10]-(:Node {id: 'mariupol-defenders'}))
       WHERE all(x IN nodes(p) WHERE ${NOT_INSIDE}) RETURN count(p) AS n, min(length(p)) AS length`,
    );
    const all = await paths({ from: 'ukraine', to: 'mariupol-defenders', all: true });
    expectWellFormed(all, 'ukraine', 'mariupol-defenders');
    expect(all.paths).toHaveLength(row.n as number);
    expect(all.paths.length).toBeGreaterThan(1);
    for (const p of all.paths) expect(p.edges).toHaveLength(row.length as number);
    expect(all.truncated).toBe(false);

    const around = await paths({ from: 'russia', to: 'ukraine', all: true, avoidHubs: true });
    expectWellFormed(around, 'russia', 'ukraine');
    expect(around.paths.length).toBeGreaterThan(0);
    const states = new Set(around.nodes.filter((n) => n.label === 'State').map((n) => n.id));
    for (const p of around.paths) expect(p.nodes.slice(1, -1).filter((id) => states.has(id))).toEqual([]);
  });

  it('returns the k shortest paths, shortest first, each different, and never a claim or an office with eventsOnly', async () => {
    const three = await paths({ from: 'uae', to: 'mariupol', k: 3 });
    expectWellFormed(three, 'uae', 'mariupol');
    expect(three.paths).toHaveLength(3);
    const lengths = three.paths.map((p) => p.edges.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(new Set(three.paths.map((p) => p.edges.join('|'))).size).toBe(3);

    const events = await paths({ from: 'uae', to: 'mariupol', k: 5, eventsOnly: true });
    expectWellFormed(events, 'uae', 'mariupol');
    expect(events.edges.filter((e) => ['ABOUT', 'STATED_BY', 'RETURNED_TO', 'RELEASED_BY', 'HOLDS_ROLE'].includes(e.type))).toEqual([]);
    expect(three.edges.some((e) => ['ABOUT', 'RETURNED_TO', 'STATED_BY', 'RELEASED_BY'].includes(e.type))).toBe(true);
  });

  it('breaks ties by id order, on both frontiers alike: k paths are the first k of every shortest path, and the way back is the way there', async () => {
    // Russia and Ukraine share many events: many paths of two steps, met by the search in no id order.
    const all = await paths({ from: 'russia', to: 'ukraine', all: true });
    expect(all.paths.length).toBeGreaterThan(3);
    const key = (p: { nodes: string[]; edges: string[] }) => [...p.nodes, '|', ...p.edges];
    const byIds = (x: string[], y: string[]) => {
      const i = x.findIndex((id, n) => id !== y[n]);
      return i < 0 ? 0 : x[i] < y[i] ? -1 : 1;
    };
    expect(all.paths).toEqual([...all.paths].sort((x, y) => byIds(key(x), key(y))));
    expect((await paths({ from: 'russia', to: 'ukraine', k: 3 })).paths).toEqual(all.paths.slice(0, 3));

    // Hubs stay out on the side of `to` as on the side of `from`: the same paths, reversed.
    const there = await paths({ from: 'uae', to: 'mariupol', all: true, avoidHubs: true });
    const back = await paths({ from: 'mariupol', to: 'uae', all: true, avoidHubs: true });
    expect(there.paths.length).toBeGreaterThan(0);
    const reversed = back.paths.map((p) => ({ nodes: [...p.nodes].reverse(), edges: [...p.edges].reverse() }));
    expect(reversed.sort((x, y) => byIds(key(x), key(y)))).toEqual(there.paths);
    const states = new Set([...there.nodes, ...back.nodes].filter((n) => n.label === 'State').map((n) => n.id));
    for (const p of [...there.paths, ...back.paths]) expect(p.nodes.slice(1, -1).filter((id) => states.has(id))).toEqual([]);
  });

  it('goes on past the shortest paths when fewer than k exist: the k shortest simple paths, as brute force counts them', async () => {
    const options = { from: 'uae', to: 'mariupol', eventsOnly: true, maxLength: 5 };
    const k = 8;
    // Every simple path within maxLength by the same rules, enumerated on the small seed graph.
    const rows = await seeded.db.read(
      `MATCH p = (a:Node {id: $from})-[*1..5]-(b:Node {id: $to})
       WHERE all(r IN relationships(p) WHERE type(r) IN $types)
         AND all(x IN nodes(p)[1..-1] WHERE x:Node AND NOT (x:Evidence OR x:Article))
         AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
       RETURN length(p) AS length ORDER BY length LIMIT $k`,
      { from: options.from, to: options.to, types: EVENT_RELATIONSHIP_TYPES, k: neo4j.int(k) },
    );
    const expected = rows.map((r) => r.length as number);
    expect(expected).toHaveLength(k);
    const shortest = await paths({ ...options, all: true });
    expect(shortest.paths.length).toBeLessThan(k);
    // Lengths past the shortest and past the next: found only by going on from the paths found.
    expect(new Set(expected).size).toBeGreaterThan(2);

    const found = await paths({ ...options, k });
    expectWellFormed(found, options.from, options.to);
    expect(found.paths.map((p) => p.edges.length)).toEqual(expected);
    expect(found.paths.slice(0, shortest.paths.length)).toEqual(shortest.paths);
    expect(new Set(found.paths.map((p) => p.edges.join('|'))).size).toBe(k);
    for (const p of found.paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it.each([
    ['k', 0],
    ['k', 11],
  ])('refuses path(%s: %i) with BAD_USER_INPUT naming the argument, before any query', async (argument, value) => {
    const response = await seeded.api.query(PATHS, { from: 'uae', to: 'mariupol', [argument]: value });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining(argument), extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(response.extensions?.roundTrips).toBe(0);
  });

  it('says curated for the seeds and extracted, with its confidence, for what a machine found', async () => {
    const curated = await paths({ from: 'uae', to: 'mariupol', avoidHubs: true, eventsOnly: true });
    expect(new Set([...curated.nodes, ...curated.edges].map((x) => x.status))).toEqual(new Set(['curated']));
    await seeded.db.write(
      `MATCH (g:Node {id: 'azovstal-defenders'}) SET g.reviewStatus = 'extracted', g.confidence = 0.6
       WITH g MATCH ()-[r {id: 'azovstal-defenders>DEFENDED>azovstal'}]->() SET r.reviewStatus = 'extracted', r.confidence = 0.8`,
    );
    try {
      const mixed = await paths({ from: 'uae', to: 'mariupol', avoidHubs: true, eventsOnly: true });
      expect(mixed.nodes.find((n) => n.id === 'azovstal-defenders')).toMatchObject({ status: 'extracted', confidence: 0.6 });
      expect(mixed.edges.find((e) => e.type === 'DEFENDED')).toMatchObject({ status: 'extracted', confidence: 0.8 });
      expect(mixed.nodes.find((n) => n.id === 'uae')).toMatchObject({ status: 'curated', confidence: null });
      const around = await seeded.api.query<{ neighbourhood: { nodes: GNode[]; edges: GEdge[] } }>(
        '{ neighbourhood(id: "azovstal-defenders") { nodes { id status } edges { type status } } }',
      );
      expect(around.data!.neighbourhood.nodes.find((n) => n.id === 'azovstal-defenders')!.status).toBe('extracted');
      expect(around.data!.neighbourhood.edges.find((e) => e.type === 'DEFENDED')!.status).toBe('extracted');
    } finally {
      await seeded.db.write(
        `MATCH (g:Node {id: 'azovstal-defenders'}) REMOVE g.reviewStatus, g.confidence
         WITH g MATCH ()-[r {id: 'azovstal-defenders>DEFENDED>azovstal'}]->() REMOVE r.reviewStatus, r.confidence`,
      );
    }
  });

  it('opens an article with its text and the facts it states, each with only its passages in that article, in one round trip', async () => {
    const response = await seeded.api.query<{ articleView: { id: string; title: string | null; publishedAt: string | null; text: string; facts: GNode[] } }>(
      ARTICLE,
      { id: '004_6e72fc995c898aae' },
    );
    expect(response.extensions?.roundTrips).toBe(1);
    const view = response.data!.articleView;
    expect(view).toMatchObject({ id: '004_6e72fc995c898aae', publishedAt: '2024-01-04' });
    const [row] = await seeded.db.read(
      `MATCH (:Article {id: $id})<-[:IN]-(:Evidence)<-[:EVIDENCED_BY]-(n:Node) WHERE NOT n:Article RETURN collect(DISTINCT n.id) AS ids`,
      { id: view.id },
    );
    expect(view.facts.map((f) => f.id).sort()).toEqual((row.ids as string[]).sort());
    expect(view.facts.map((f) => f.id)).toContain('exchange-uae-2024');
    for (const fact of view.facts) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const ev of fact.evidence) {
        expect(ev.articleId).toBe(view.id);
        expect(view.text).toContain(ev.quote);
      }
    }
    const none = await seeded.api.query(ARTICLE, { id: 'atlantis' });
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringContaining('atlantis'), extensions: { code: 'NOT_FOUND', argument: 'id' } });
  });
});
