import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type HardenedApi, startHardenedApi } from '../hardening/http';
import { useSeededDatabase } from '../support/graph';

/**
 * Issue 12, Trust: evidence has a status too. A second report of the
 * curated UAE-facilitated exchange of January 2024, ingested for real,
 * links its passages to the curated exchange (EVIDENCED_BY) and to its
 * curated relationships (their evidence lists). Those links were made by
 * the extractor: without curatedOnly they show marked EXTRACTED (with run
 * and confidence), with it they are gone wherever evidence is read, until a
 * reviewer accepts them; a rejected one goes, and stays gone on re-ingest.
 * The exchange and the relationship are read from the graph, as the
 * extractor linked them.
 */
const REPORT = path.join(__dirname, 'fixtures', 'uae-swap-second-report.txt');
const ADMIN = 'evidence-admin-key';

interface Provenance { status: string; confidence: number | null; run: { id: string } | null; reviewedBy: string | null }
interface Passage { id: string; article: { id: string }; provenance: Provenance }
type Link = { type: string; node: { id: string }; evidence: Passage[] };
interface Exchange {
  evidence: Passage[];
  participants: Link[];
  involved: Link[];
  places: Link[];
  links: Link[];
  mediators: { path: Link[] }[];
  articles: { id: string }[];
}
interface Drawn { id: string; evidence: { id: string; articleId: string; status: string }[] }

const PROVENANCE = 'provenance { status confidence run { id } reviewedBy }';
// By id: the list's two levels more would pass the depth limit at a mediator's path.
const EXCHANGE_QUERY = `query ($id: ID!, $curatedOnly: Boolean) {
  node(id: $id, curatedOnly: $curatedOnly) { id ... on Exchange {
    evidence { id article { id } ${PROVENANCE} }
    participants { ...link } involved { ...link } places { ...link } links { ...link } mediators { path { ...link } }
    articles { id }
  } }
}
fragment link on Link { type node { id } evidence { id article { id } ${PROVENANCE} } }`;

describe('evidence carries its status: a second report of a curated exchange', () => {
  const handle = useSeededDatabase();
  let api: HardenedApi;
  let article: string;
  let run: string;
  /** The curated exchange the report was linked to, and its curated relationship that gained a passage. */
  let EXCHANGE: string;
  let LINK: { id: string; type: string; target: string };

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const reply = await api.gql(query, variables, { authorization: `Bearer ${ADMIN}` });
    expect(reply.json?.errors).toBeUndefined();
    return reply.json.data as T;
  }
  async function exchange(curatedOnly: boolean): Promise<Exchange> {
    return (await gql<{ node: Exchange }>(EXCHANGE_QUERY, { id: EXCHANGE, curatedOnly })).node;
  }
  const linked = (x: Exchange) =>
    [...x.participants, ...x.involved, ...x.places, ...x.links, ...x.mediators.flatMap((m) => m.path)].find((l) => l.type === LINK.type && l.node.id === LINK.target)!
      .evidence;
  const fromReport = <P extends { article?: { id: string }; articleId?: string }>(passages: P[]): P[] =>
    passages.filter((p) => (p.article?.id ?? p.articleId) === article);
  async function ingest(): Promise<string> {
    const data = await gql<{ ingestArticle: { article: string; eventsLinked: number } }>(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { article eventsLinked } }',
      { text: fs.readFileSync(REPORT, 'utf8') },
    );
    expect(data.ingestArticle.eventsLinked).toBe(1);
    return data.ingestArticle.article;
  }

  beforeAll(async () => {
    api = await startHardenedApi(handle.db, { credentials: { adminKey: ADMIN } });
    article = await ingest();
    const [row] = await handle.db.read('MATCH (r:Run {articleId: $article}) RETURN r.id AS id', { article });
    run = row.id as string;
    const exchanges = await handle.db.read(
      `MATCH (x:Exchange {reviewStatus: 'curated'})-[:EVIDENCED_BY {reviewStatus: 'extracted'}]->(:Evidence {articleId: $article}) RETURN DISTINCT x.id AS id`,
      { article },
    );
    expect(exchanges).toHaveLength(1);
    EXCHANGE = exchanges[0].id as string;
    const [link] = await handle.db.read(
      `MATCH (:Exchange {id: $id})-[r]->(t:Node) WHERE r.reviewStatus = 'curated' AND r.extractedEvidence IS NOT NULL
       RETURN r.id AS id, type(r) AS type, t.id AS target ORDER BY r.id LIMIT 1`,
      { id: EXCHANGE },
    );
    expect(link).toBeDefined();
    LINK = link as typeof LINK;
  }, 300_000);
  afterAll(async () => {
    await api?.close();
  });

  it('exchanges: the report\'s passages show as EXTRACTED evidence of the curated exchange and its curated link, and not with curatedOnly', async () => {
    const all = await exchange(false);
    const [stated] = fromReport(all.evidence);
    expect(stated.provenance).toEqual({ status: 'EXTRACTED', confidence: expect.any(Number), run: { id: run }, reviewedBy: null });
    const [involved] = fromReport(linked(all));
    expect(involved.provenance).toMatchObject({ status: 'EXTRACTED', run: { id: run } });
    // The seeds' own passages stay curated.
    const seeds = all.evidence.filter((e) => e.article.id !== article);
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.filter((e) => e.provenance.status !== 'CURATED')).toEqual([]);
    expect(all.articles.map((a) => a.id)).toContain(article);

    const curated = await exchange(true);
    expect(fromReport(curated.evidence)).toEqual([]);
    expect(fromReport(linked(curated))).toEqual([]);
    expect([...curated.evidence, ...linked(curated)].map((e) => e.provenance.status)).toEqual(expect.arrayContaining(['CURATED']));
    expect([...curated.evidence, ...linked(curated)].filter((e) => e.provenance.status !== 'CURATED')).toEqual([]);
    // Reached only through the extracted links, the report is no source of the curated exchange.
    expect(curated.articles.map((a) => a.id)).not.toContain(article);
  });

  it('a text filter with curatedOnly does not match through an extracted passage', async () => {
    const TEXT = 'query ($curatedOnly: Boolean) { exchanges(where: { text: "\\"exchanged prisoners on Wednesday\\"", curatedOnly: $curatedOnly }) { edges { node { id } } } }';
    type Found = { exchanges: { edges: { node: { id: string } }[] } };
    expect((await gql<Found>(TEXT, { curatedOnly: false })).exchanges.edges.map((e) => e.node.id)).toEqual([EXCHANGE]);
    expect((await gql<Found>(TEXT, { curatedOnly: true })).exchanges.edges).toEqual([]);
  });

  const NEIGHBOURHOOD = `query ($id: ID!, $curatedOnly: Boolean) {
    neighbourhood(id: $id, curatedOnly: $curatedOnly) { nodes { id evidence { id articleId status } } edges { id evidence { id articleId status } } }
  }`;
  type Subgraph = { neighbourhood: { nodes: Drawn[]; edges: Drawn[] } };

  it('neighbourhood: node and edge evidence say their status, and curatedOnly draws curated passages only', async () => {
    const all = (await gql<Subgraph>(NEIGHBOURHOOD, { id: EXCHANGE, curatedOnly: false })).neighbourhood;
    const node = (g: Subgraph['neighbourhood']) => g.nodes.find((n) => n.id === EXCHANGE)!;
    const edge = (g: Subgraph['neighbourhood']) => g.edges.find((e) => e.id === LINK.id)!;
    expect(fromReport(node(all).evidence).length).toBeGreaterThan(0);
    expect(fromReport(node(all).evidence).filter((e) => e.status !== 'extracted')).toEqual([]);
    expect(fromReport(edge(all).evidence).map((e) => e.status)).toEqual(['extracted']);
    const seeds = node(all).evidence.filter((e) => e.articleId !== article);
    expect(seeds.map((e) => e.status)).toEqual(seeds.map(() => 'curated'));

    const curated = (await gql<Subgraph>(NEIGHBOURHOOD, { id: EXCHANGE, curatedOnly: true })).neighbourhood;
    expect(node(curated).evidence.map((e) => e.id)).toEqual(seeds.map((e) => e.id));
    expect(edge(curated).evidence.length).toBeGreaterThan(0);
    expect(fromReport([...node(curated).evidence, ...edge(curated).evidence])).toEqual([]);
    expect(curated.nodes.flatMap((n) => n.evidence).concat(curated.edges.flatMap((e) => e.evidence)).filter((e) => e.status !== 'curated')).toEqual([]);
  });

  it('path: the passages of its nodes and edges say their status, and curatedOnly carries curated ones only', async () => {
    const PATH = `query ($from: ID!, $to: ID!, $curatedOnly: Boolean) {
      path(from: $from, to: $to, curatedOnly: $curatedOnly) { nodes { id evidence { id articleId status } } edges { id evidence { id articleId status } } }
    }`;
    type Found = { path: { nodes: Drawn[]; edges: Drawn[] } };
    const passages = (p: Found['path']) => [...p.nodes, ...p.edges].flatMap((x) => x.evidence);
    const all = (await gql<Found>(PATH, { from: EXCHANGE, to: LINK.target, curatedOnly: false })).path;
    // The exchange's passage and its relationship's, both from the report.
    expect(fromReport(passages(all)).length).toBeGreaterThanOrEqual(2);
    expect(fromReport(passages(all)).filter((e) => e.status !== 'extracted')).toEqual([]);
    const curated = (await gql<Found>(PATH, { from: EXCHANGE, to: LINK.target, curatedOnly: true })).path;
    expect(curated.edges.map((e) => e.id)).toEqual([LINK.id]);
    expect(fromReport(passages(curated))).toEqual([]);
    expect(passages(curated).filter((e) => e.status !== 'curated')).toEqual([]);
  });

  const ARTICLE_VIEW = 'query ($id: ID!, $curatedOnly: Boolean) { articleView(id: $id, curatedOnly: $curatedOnly) { facts { id status evidence { id status } } } }';
  type View = { articleView: { facts: { id: string; status: string; evidence: { id: string; status: string }[] }[] } };

  it('articleView: the curated exchange, reported again, shows with its extracted passage, and not with curatedOnly', async () => {
    const all = (await gql<View>(ARTICLE_VIEW, { id: article, curatedOnly: false })).articleView.facts;
    const reported = all.find((f) => f.id === EXCHANGE)!;
    expect(reported.status).toBe('curated');
    expect(reported.evidence.map((e) => e.status)).toEqual(reported.evidence.map(() => 'extracted'));
    const curated = (await gql<View>(ARTICLE_VIEW, { id: article, curatedOnly: true })).articleView.facts;
    expect(curated.map((f) => f.id)).not.toContain(EXCHANGE);
  });

  const QUEUE = `query ($article: ID) { reviewQueue(article: $article) { facts { id kind label evidence { id article { id } } } } }`;
  type Queue = { reviewQueue: { facts: { id: string; kind: string; label: string; evidence: { id: string }[] }[] }[] };
  const pending = async () => (await gql<Queue>(QUEUE, { article })).reviewQueue.flatMap((item) => item.facts).filter((f) => f.kind === 'EVIDENCE');

  it('the review queue lists each extracted link to a curated fact; accepting one curates it, with who', async () => {
    const links = await pending();
    const [stated] = fromReport((await exchange(false)).evidence);
    const [involved] = fromReport(linked(await exchange(false)));
    expect(links.map((l) => [l.id, l.label, l.evidence.map((e) => e.id)])).toEqual(
      expect.arrayContaining([
        [`${EXCHANGE}>EVIDENCED_BY>${stated.id}`, 'Exchange', [stated.id]],
        [`${LINK.id}>EVIDENCED_BY>${involved.id}`, LINK.type, [involved.id]],
      ]),
    );

    const accept = 'mutation ($id: ID!) { acceptFact(id: $id, reviewedBy: "analyst-2") { status summary } }';
    for (const link of links) expect((await gql<{ acceptFact: { status: string } }>(accept, { id: link.id })).acceptFact.status).toBe('CURATED');
    const curated = await exchange(true);
    expect(fromReport(curated.evidence).length).toBeGreaterThan(0);
    for (const e of fromReport(curated.evidence)) expect(e.provenance).toEqual({ status: 'CURATED', confidence: expect.any(Number), run: { id: run }, reviewedBy: 'analyst-2' });
    expect(fromReport(linked(curated)).map((e) => e.provenance.status)).toEqual(['CURATED']);
    expect(curated.articles.map((a) => a.id)).toContain(article);
    expect(await pending()).toEqual([]);

    // Accepted once, it awaits nothing: a second accept is refused by name.
    const twice = `${LINK.id}>EVIDENCED_BY>${involved.id}`;
    const again = await api.gql(accept, { id: twice }, { authorization: `Bearer ${ADMIN}` });
    expect(again.json.errors[0].message).toBe(`"${twice}" is curated, not extracted: only facts awaiting review can be accepted.`);
  });

  it('accepting an extracted claim curates its own passages with it', async () => {
    const NODE = `query ($id: ID!) { node(id: $id, curatedOnly: true) { ... on Figure { evidence { id ${PROVENANCE} } } } }`;
    const figure = `x-${article}-fig-1`;
    expect((await gql<{ node: unknown }>(NODE, { id: figure })).node).toBeNull();
    await gql('mutation ($id: ID!) { acceptFact(id: $id, reviewedBy: "analyst-2") { status } }', { id: figure });
    const accepted = (await gql<{ node: { evidence: Passage[] } }>(NODE, { id: figure })).node;
    expect(accepted.evidence.map((e) => e.provenance.status)).toEqual(['CURATED']);
  });

  it('rejecting a passage of a curated link removes it; removing and ingesting the report again does not bring it back', async () => {
    // Remove and ingest again: the links are extracted once more (the accepted ones went with the article's passages).
    await gql('mutation ($id: ID!) { removeArticle(id: $id) { evidence } }', { id: article });
    expect(fromReport((await exchange(false)).evidence)).toEqual([]);
    expect(await ingest()).toBe(article);
    const links = await pending();
    const involved = links.find((l) => l.id.startsWith(`${LINK.id}>EVIDENCED_BY>`))!;
    const reject = await gql<{ rejectFact: { status: string | null } }>('mutation ($id: ID!) { rejectFact(id: $id, reviewedBy: "analyst-2") { status } }', { id: involved.id });
    expect(reject.rejectFact.status).toBeNull();
    expect(fromReport(linked(await exchange(false)))).toEqual([]);
    // The curated link itself stays, with the seeds' passages.
    expect(linked(await exchange(true)).length).toBeGreaterThan(0);

    await gql('mutation ($id: ID!) { removeArticle(id: $id) { evidence } }', { id: article });
    await ingest();
    expect(fromReport(linked(await exchange(false)))).toEqual([]);
    const back = fromReport((await exchange(false)).evidence);
    expect(back.length).toBeGreaterThan(0);
    expect(back.filter((e) => e.provenance.status !== 'EXTRACTED')).toEqual([]);
    expect((await pending()).map((l) => l.id)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${EXCHANGE}>EVIDENCED_BY>`))]));
    expect((await pending()).map((l) => l.id)).not.toContain(involved.id);
  });
});
