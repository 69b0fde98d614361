import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/config';
import { type HardenedApi, startHardenedApi } from '../hardening/http';
import { useSeededDatabase } from '../support/graph';

/**
 * The analyst's round trip of issue 12, end to end against the real Neo4j:
 * the CLI ingests a new article, GraphQL finds its exchange marked
 * extracted, a reviewer accepts, rejects, corrects and merges over GraphQL.
 */
const ARTICLE = path.join(__dirname, '..', 'fixtures', 'qatar-medics-swap.txt');
const ADMIN = 'review-admin-key';

interface Provenance {
  status: string;
  confidence: number | null;
  reviewedBy: string | null;
  reviewedAt: string;
  run: { id: string; extractor: string; version: string; startedAt: string; article: { id: string } } | null;
  corrections: { field: string; from: unknown; to: unknown; by: string }[];
}
interface Figure { id: string; value: number; provenance: Provenance }
interface Exchange { id: string; evidence: { sentence: string; article: { id: string } }[]; provenance: Provenance; figures: Figure[] }
interface Exchanges { exchanges: { totalCount: number; edges: { node: Exchange }[] } }
interface PendingFact { id: string; kind: string; label: string; evidence: unknown[] }

describe('the review round trip', () => {
const handle = useSeededDatabase();
let api: HardenedApi;

beforeAll(async () => {
  api = await startHardenedApi(handle.db, { credentials: { adminKey: ADMIN } });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

/** A GraphQL call with the admin key; fails the test on any error unless `errors` are expected. */
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const reply = await api.gql(query, variables, { authorization: `Bearer ${ADMIN}` });
  if (reply.json?.errors) throw new Error(JSON.stringify(reply.json.errors));
  return reply.json.data as T;
}
async function gqlErrors(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = { authorization: `Bearer ${ADMIN}` }) {
  const reply = await api.gql(query, variables, headers);
  return (reply.json?.errors ?? []) as { message: string; extensions: { code: string } }[];
}

function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', script, ...args], { cwd: PROJECT_ROOT, env: process.env, timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const PROVENANCE = 'provenance { status confidence reviewedBy reviewedAt run { id extractor version startedAt article { id } } corrections { field from to by } }';
const QATAR = `query ($curatedOnly: Boolean) {
  exchanges(where: { mediatedBy: "Qatar", curatedOnly: $curatedOnly }) {
    totalCount
    edges { node { id evidence { sentence article { id } } ${PROVENANCE}
      figures { id value ${PROVENANCE} } mediators { node { id } } } }
  }
}`;

let articleId: string;
let exchangeId: string;

describe('an analyst drops a new article into the CLI', () => {
  it('ingests it and reports what it read', async () => {
    const run = await cli('src/cli/ingest.ts', [ARTICLE]);
    expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('Ingesting 1 file(s): done, 1 read, 0 skipped')]);
    expect(run.stdout).toMatch(/articles: 1 ingested/);
  }, 200_000);

  it('GraphQL finds the new exchange with its sentences, marked EXTRACTED with its run', async () => {
    const data = await gql<Exchanges>(QATAR);
    expect(data.exchanges.totalCount).toBe(1);
    const x = data.exchanges.edges[0].node;
    exchangeId = x.id;
    articleId = x.provenance.run!.article.id;
    expect(x.evidence.map((e) => e.sentence)).toContain(
      'Ukraine and Russia exchanged prisoners of war on Thursday in a swap mediated by Qatar, officials on both sides said.',
    );
    expect(x.evidence.every((e) => e.article.id === articleId)).toBe(true);
    expect(x.provenance).toMatchObject({ status: 'EXTRACTED', reviewedBy: null, reviewedAt: null, corrections: [] });
    expect(x.provenance.confidence).toBeGreaterThan(0);
    expect(x.provenance.run).toMatchObject({ extractor: 'pow-rules', version: expect.any(String), startedAt: expect.stringMatching(/^\d{4}-/) });
    expect(x.figures.map((f) => [f.value, f.provenance.status])).toEqual([[42, 'EXTRACTED'], [42, 'EXTRACTED']]);
  });

  it('curatedOnly leaves it out, and keeps the curated seeds', async () => {
    expect((await gql<Exchanges>(QATAR, { curatedOnly: true })).exchanges.totalCount).toBe(0);
    const uae = await gql<{ exchanges: { edges: { node: { provenance: unknown } }[] } }>(`{ exchanges(where: { mediatedBy: "UAE", curatedOnly: true }) { edges { node { provenance { status run { id } } } } } }`);
    expect(uae.exchanges.edges.map((e) => e.node.provenance)).toEqual([{ status: 'CURATED', run: null }]);
    const figures = await gql<Record<'all' | 'curated', { totalCount: number }>>(`query ($a: String) { all: figures(where: { about: $a }) { totalCount } curated: figures(where: { about: $a, curatedOnly: true }) { totalCount } }`, { a: exchangeId });
    expect([figures.all.totalCount, figures.curated.totalCount]).toEqual([2, 0]);
    // Qatar was new to the graph: extracted, so a curated search leaves it out (its article stays: a source, not a fact).
    const search = await gql<Record<'all' | 'curated', { node: { id: string } }[]>>(
      '{ all: search(text: "Qatar") { node { id } } curated: search(text: "Qatar", curatedOnly: true) { node { id } } }',
    );
    expect(search.all.map((h) => h.node.id)).toEqual(expect.arrayContaining(['qatar', exchangeId, articleId]));
    expect(search.curated.map((h) => h.node.id)).toEqual([articleId]);
  });

  it('the review queue lists the article with its extracted exchange, figures and links', async () => {
    const data = await gql<{ reviewQueue: { facts: PendingFact[] }[] }>(`query ($a: ID) { reviewQueue(article: $a) { article { id } run { id } facts { id kind label confidence evidence { quote } } proposals { id } } }`, { a: articleId });
    expect(data.reviewQueue).toHaveLength(1);
    const facts = data.reviewQueue[0].facts;
    expect(facts).toContainEqual(expect.objectContaining({ id: exchangeId, kind: 'NODE', label: 'Exchange' }));
    expect(facts.filter((f) => f.label === 'Figure')).toHaveLength(2);
    expect(facts).toContainEqual(expect.objectContaining({ id: `${exchangeId}>MEDIATED_BY>qatar`, kind: 'RELATIONSHIP' }));
    // Events, claims and relationships come with their passages (an entity is named, not stated).
    const stated = facts.filter((f) => f.kind === 'RELATIONSHIP' || ['Exchange', 'Figure', 'Statement'].includes(f.label));
    expect(stated.filter((f) => f.evidence.length === 0)).toEqual([]);
  });

  it('npm run review lists the same queue, and names a bad id', async () => {
    const list = await cli('src/cli/review.ts', ['list', '--article', articleId]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${articleId} `));
    expect(list.stdout).toMatch(new RegExp(`  Exchange +${exchangeId}  \\d+%`));
    expect(list.stdout).toContain(`relationship ${exchangeId}>MEDIATED_BY>qatar`);
    const bad = await cli('src/cli/review.ts', ['accept', 'no-such-fact', '--by', 'analyst-1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('No fact, relationship or proposal has the id "no-such-fact".');
  }, 300_000);

  it('the queue and review mutations need the admin key', async () => {
    const errors = await gqlErrors('{ reviewQueue { article { id } } }', {}, {});
    expect(errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const write = await gqlErrors('mutation ($id: ID!) { acceptFact(id: $id, reviewedBy: "x") { id } }', { id: exchangeId }, {});
    expect(write[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('review over GraphQL', () => {
  it('accept makes the exchange CURATED with its reviewer, and it keeps its run', async () => {
    // Qatar was new to the graph: the reviewer accepts it first, then the exchange with its link to it.
    await gql('mutation { acceptFact(id: "qatar", reviewedBy: "analyst-1") { id } }');
    const result = await gql<{ acceptFact: unknown }>('mutation ($id: ID!) { acceptFact(id: $id, reviewedBy: "analyst-1") { id status summary } }', { id: exchangeId });
    expect(result.acceptFact).toMatchObject({ id: exchangeId, status: 'CURATED' });
    const data = await gql<Exchanges>(QATAR, { curatedOnly: true });
    expect(data.exchanges.totalCount).toBe(1);
    const { provenance } = data.exchanges.edges[0].node;
    expect(provenance).toMatchObject({ status: 'CURATED', reviewedBy: 'analyst-1', run: { article: { id: articleId } } });
    expect(Date.now() - Date.parse(provenance.reviewedAt)).toBeLessThan(600_000);
    // Its link to the curated mediator was accepted with it.
    const link = await gql<{ exchanges: { edges: { node: { links: { path: { provenance: unknown }[] }[] } }[] } }>(`{ exchanges(where: { mediatedBy: "Qatar" }) { edges { node { links: mediators { path { type provenance { status reviewedBy } } } } } } }`);
    expect(link.exchanges.edges[0].node.links[0].path[0].provenance).toEqual({ status: 'CURATED', reviewedBy: 'analyst-1' });
  });

  it('correct sets a figure\'s count, and its provenance records the change', async () => {
    const [figure] = (await gql<Exchanges>(QATAR)).exchanges.edges[0].node.figures;
    await gql('mutation ($id: ID!) { correctFact(id: $id, field: "value", value: 41, reviewedBy: "analyst-2") { id } }', { id: figure.id });
    const after = (await gql<Exchanges>(QATAR)).exchanges.edges[0].node.figures.find((f) => f.id === figure.id)!;
    expect(after.value).toBe(41);
    expect(after.provenance.corrections).toEqual([{ field: 'value', from: 42, to: 41, by: 'analyst-2' }]);
  });

  it('bad ids and fields get a clear error naming them, and write nothing', async () => {
    const missing = await gqlErrors('mutation { acceptFact(id: "no-such-fact", reviewedBy: "a") { id } }');
    expect(missing[0]).toMatchObject({ message: 'No fact, relationship or proposal has the id "no-such-fact".', extensions: { code: 'BAD_USER_INPUT' } });
    const curated = await gqlErrors('mutation { rejectFact(id: "uae", reviewedBy: "a") { id } }');
    expect(curated[0].message).toBe('"uae" is curated, not extracted: only facts awaiting review can be rejected.');
    const [figure] = (await gql<Exchanges>(QATAR)).exchanges.edges[0].node.figures;
    const field = await gqlErrors('mutation ($id: ID!) { correctFact(id: $id, field: "colour", value: 1, reviewedBy: "a") { id } }', { id: figure.id });
    expect(field[0].message).toMatch(/^A Figure has no field "colour" a reviewer can set; it has: .*value/);
    const value = await gqlErrors('mutation ($id: ID!) { correctFact(id: $id, field: "value", value: "many", reviewedBy: "a") { id } }', { id: figure.id });
    expect(value[0].message).toBe(`Figure.value takes a whole number ≥ 0 or null, not "many" (fact "${figure.id}").`);
    const merge = await gqlErrors('mutation { mergeEntities(into: "uae", from: "qatar-nope", reviewedBy: "a") { id } }');
    expect(merge[0].message).toBe('No fact, relationship or proposal has the id "qatar-nope".');
  });

  it('reject removes a fact, and re-ingesting its article does not bring it back', async () => {
    const figures = (await gql<Exchanges>(QATAR)).exchanges.edges[0].node.figures;
    const gone = figures.find((f) => f.provenance.status === 'EXTRACTED' && f.value === 42)!;
    await gql('mutation ($id: ID!) { rejectFact(id: $id, reviewedBy: "analyst-1") { status } }', { id: gone.id });
    expect((await gql<Exchanges>(QATAR)).exchanges.edges[0].node.figures.map((f) => f.id)).not.toContain(gone.id);

    // The same article again, removed and re-ingested over GraphQL: everything but the rejected figure comes back.
    const removed = await gql<{ removeArticle: { evidence: number } }>('mutation ($id: ID!) { removeArticle(id: $id) { evidence } }', { id: articleId });
    expect(removed.removeArticle.evidence).toBeGreaterThan(0);
    expect((await gql<Exchanges>(QATAR)).exchanges.totalCount).toBe(0);
    const again = await gql<{ ingestArticle: unknown }>('mutation ($text: String!) { ingestArticle(input: { text: $text }) { article duplicate } }', {
      text: fs.readFileSync(ARTICLE, 'utf8'),
    });
    expect(again.ingestArticle).toEqual({ article: articleId, duplicate: false });
    const back = (await gql<Exchanges>(QATAR)).exchanges.edges.map((e) => e.node);
    expect(back).toHaveLength(1);
    expect(back[0].figures.map((f) => f.id)).not.toContain(gone.id);
    expect(back[0].figures).toHaveLength(1);
  });
});

describe('merging two entities', () => {
  /** Every relationship of a node (type, other end, direction, evidence), its plain links and names. */
  async function snapshot(id: string) {
    const [row] = await handle.db.read(
      `MATCH (x:Node {id: $id})
       RETURN x.name AS name, coalesce(x.aliases, []) AS aliases,
         COLLECT { MATCH (x)-[r]->(t) WHERE r.id IS NOT NULL RETURN [type(r), t.id, 'out', coalesce(r.evidence, []), r.basis] }
           + COLLECT { MATCH (s)-[r]->(x) WHERE r.id IS NOT NULL RETURN [type(r), s.id, 'in', coalesce(r.evidence, []), r.basis] } AS links,
         COLLECT { MATCH (x)-[r]->(t) WHERE r.id IS NULL RETURN type(r) + '>' + coalesce(t.id, t.key) }
           + COLLECT { MATCH (s)-[r]->(x) WHERE r.id IS NULL RETURN type(r) + '<' + coalesce(s.id, s.key) } AS plain`,
      { id },
    );
    return row as { name: string; aliases: string[]; links: [string, string, string, string[], string | null][]; plain: string[] } | undefined;
  }
  const keyOf = (l: [string, string, string, ...unknown[]], into: string, from: string) => `${l[0]} ${l[2]} ${l[1] === from ? into : l[1]}`;

  it('moves every relationship, passage and name of one onto the other: nothing is lost', async () => {
    // Two states with exchanges in common: shared links join their evidence, the others move.
    const [into, from] = ['ukraine', 'russia'];
    const [before, gone] = [await snapshot(into), await snapshot(from)];
    expect(gone!.links.length).toBeGreaterThan(5);
    const expected = new Map<string, Set<string>>();
    for (const l of [...before!.links, ...gone!.links]) {
      if ([into, from].includes(l[1])) continue; // a link between the two means nothing once they are one
      const key = keyOf(l, into, from);
      expected.set(key, new Set([...(expected.get(key) ?? []), ...l[3]]));
    }
    const shared = [...expected.keys()].filter((k) => before!.links.some((l) => keyOf(l, into, from) === k) && gone!.links.some((l) => keyOf(l, into, from) === k));
    expect(shared.length).toBeGreaterThan(0);

    const result = await gql<{ mergeEntities: unknown }>('mutation { mergeEntities(into: "ukraine", from: "russia", reviewedBy: "analyst-3") { id status summary } }');
    expect(result.mergeEntities).toMatchObject({ id: into, status: 'CURATED' });

    expect(await snapshot(from)).toBeUndefined();
    const after = (await snapshot(into))!;
    const actual = new Map(after.links.map((l) => [keyOf(l, into, from), new Set(l[3])]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, evidence] of expected) expect([key, [...actual.get(key)!].sort()]).toEqual([key, [...evidence].sort()]);
    const plainOf = (s: typeof after) => s.plain.filter((p) => !p.startsWith('CORRECTS<'));
    expect(new Set(plainOf(after))).toEqual(new Set([...plainOf(before!), ...plainOf(gone!)]));
    expect(after.aliases).toEqual(expect.arrayContaining([gone!.name, ...gone!.aliases]));
    // Its names find the one left; the merge is recorded on it.
    const found = await gql<{ entity: unknown }>('{ entity(name: "Russia") { id provenance { corrections { field from to by } } } }');
    expect(found.entity).toEqual({ id: into, provenance: { corrections: [{ field: 'mergedFrom', from, to: into, by: 'analyst-3' }] } });
  });
});
});
