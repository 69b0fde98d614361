import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/neo4j/database';
import { type TestApi, startTestApi } from '../support/api';
import { seededDatabase } from '../support/graph';
import { parseCsv, parseXml, records } from './parse';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const ARRAYS = ['key', 'node', 'edge', 'data', 'attribute', 'attvalue'];

type Attrs = Record<string, string>;
interface GraphmlNode extends Attrs { '@id': string }
/** The nodes and edges of a GraphML document, each with its <data> by attribute name. */
function graphml(xml: string): { nodes: Map<string, Attrs>; edges: Map<string, Attrs> } {
  const doc = parseXml(xml, ARRAYS) as { graphml: { key: Attrs[]; graph: { node?: unknown[]; edge?: unknown[] } } };
  const keyName = new Map(doc.graphml.key.map((k) => [k['@id'], k['@attr.name']]));
  const read = (element: unknown): [string, Attrs] => {
    const e = element as GraphmlNode & { data?: { '@key': string; '#text': string }[] };
    const values: Attrs = { '@source': e['@source'], '@target': e['@target'] };
    for (const d of e.data ?? []) values[keyName.get(d['@key'])!] = d['#text'];
    return [e['@id'], values];
  };
  return { nodes: new Map((doc.graphml.graph.node ?? []).map(read)), edges: new Map((doc.graphml.graph.edge ?? []).map(read)) };
}

function gexf(xml: string): { nodes: Map<string, Attrs>; edges: Map<string, Attrs> } {
  const doc = parseXml(xml, ARRAYS) as {
    gexf: { graph: { attributes: { '@class': string; attribute: Attrs[] }[]; nodes: { node?: unknown[] }; edges: { edge?: unknown[] } } };
  };
  const titles = new Map(doc.gexf.graph.attributes.flatMap((a) => a.attribute.map((x) => [`${a['@class']}:${x['@id']}`, x['@title']])));
  const read = (kind: string) => (element: unknown): [string, Attrs] => {
    const e = element as Attrs & { attvalues?: { attvalue: Attrs[] } };
    const values: Attrs = { label: e['@label'], '@source': e['@source'], '@target': e['@target'] };
    for (const v of e.attvalues?.attvalue ?? []) values[titles.get(`${kind}:${v['@for']}`)!] = v['@value'];
    return [e['@id'], values];
  };
  return {
    nodes: new Map((doc.gexf.graph.nodes.node ?? []).map(read('node'))),
    edges: new Map((doc.gexf.graph.edges.edge ?? []).map(read('edge'))),
  };
}

describe('exports (GraphML, GEXF, Cytoscape JSON, CSV) over HTTP and from the CLI', () => {
  let db: Database;
  let api: TestApi;
  let base: string;
  let tmp: string;
  /** The curated graph as Cypher counts it: every node but the provenance layer, every relationship among them. */
  let graph: { names: Map<string, string>; labels: Map<string, string>; edges: Map<string, string> };

  beforeAll(async () => {
    db = await seededDatabase();
    api = await startTestApi(db);
    base = api.url.replace(/\/graphql$/, '');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-export-'));
    const nodes = await db.read(`MATCH (n:Node) WHERE NOT n:Evidence AND NOT n:Article
      RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE NOT l IN ['Node', 'Entity', 'Event', 'Claim']][0] AS label`);
    const edges = await db.read(`MATCH (a:Node)-[r]->(b:Node)
      WHERE NOT (a:Evidence OR a:Article) AND NOT (b:Evidence OR b:Article) RETURN r.id AS id, type(r) AS type`);
    graph = {
      names: new Map(nodes.map((n) => [n.id as string, n.name as string])),
      labels: new Map(nodes.map((n) => [n.id as string, n.label as string])),
      edges: new Map(edges.map((e) => [e.id as string, e.type as string])),
    };
    expect(graph.names.size).toBeGreaterThan(50);
    expect(graph.edges.size).toBe(edges.length);
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  const download = async (file: string): Promise<{ status: number; type: string | null; body: string; headers: Headers }> => {
    const response = await fetch(`${base}/export/${file}`);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text(), headers: response.headers };
  };
  const cli = (...args: string[]) => run(TSX, [path.join(PROJECT_ROOT, 'src/cli/export.ts'), ...args], { cwd: PROJECT_ROOT, env: process.env });

  it('GraphML of the whole graph parses back with every node, edge, name, label and type', async () => {
    const { status, type, body, headers } = await download('graph.graphml');
    expect(status).toBe(200);
    expect(type).toMatch(/graphml\+xml/);
    // Streamed as it is read: no length known up front.
    expect(headers.get('transfer-encoding')).toBe('chunked');
    const { nodes, edges } = graphml(body);
    expect(nodes.size).toBe(graph.names.size);
    expect(edges.size).toBe(graph.edges.size);
    for (const [id, name] of graph.names) {
      expect(nodes.get(id)?.label).toBe(name);
      expect(nodes.get(id)?.labels).toBe(graph.labels.get(id));
    }
    // Ids with ">" come back intact (escaped on the way out).
    expect(edges.get('exchange-uae-2024>MEDIATED_BY>uae')).toMatchObject({
      '@source': 'exchange-uae-2024',
      '@target': 'uae',
      label: 'MEDIATED_BY',
      role: 'facilitator',
    });
    for (const [id, t] of graph.edges) expect(edges.get(id)?.label).toBe(t);
  });

  it('GEXF of the whole graph parses back the same way', async () => {
    const { status, body } = await download('graph.gexf');
    expect(status).toBe(200);
    const { nodes, edges } = gexf(body);
    expect(nodes.size).toBe(graph.names.size);
    expect(edges.size).toBe(graph.edges.size);
    for (const [id, name] of graph.names) expect(nodes.get(id)).toMatchObject({ label: name, labels: graph.labels.get(id) });
    expect(nodes.get('uae')?.aliases).toBe(JSON.stringify(['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates', 'Emirati']));
    expect(edges.get('exchange-uae-2024>MEDIATED_BY>uae')).toMatchObject({ label: 'MEDIATED_BY', type: 'MEDIATED_BY', role: 'facilitator' });
  });

  it('Cytoscape JSON of the whole graph has every node and edge', async () => {
    const { status, body } = await download('graph.cyjs');
    expect(status).toBe(200);
    const { elements } = JSON.parse(body) as { elements: { nodes: { data: Attrs }[]; edges: { data: Attrs }[] } };
    expect(elements.nodes).toHaveLength(graph.names.size);
    expect(elements.edges).toHaveLength(graph.edges.size);
    const uae = elements.nodes.find((n) => n.data.id === 'uae')!.data;
    expect(uae).toMatchObject({ name: 'United Arab Emirates', labels: 'State' });
    const ids = new Set(elements.nodes.map((n) => n.data.id));
    for (const e of elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });

  it('nodes.csv and edges.csv have one row per node and per edge', async () => {
    const nodes = records(parseCsv((await download('nodes.csv')).body));
    const edges = records(parseCsv((await download('edges.csv')).body));
    expect(nodes).toHaveLength(graph.names.size);
    expect(edges).toHaveLength(graph.edges.size);
    for (const n of nodes) expect(n.label).toBe(graph.names.get(n.id));
    expect(edges.find((e) => e.id === 'exchange-uae-2024>MEDIATED_BY>uae')).toMatchObject({
      source: 'exchange-uae-2024',
      target: 'uae',
      label: 'MEDIATED_BY',
      role: 'facilitator',
    });
  });

  it('exports a neighbourhood with exactly the nodes and edges the API draws', async () => {
    const { data } = await api.query<{ neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      '{ neighbourhood(id: "exchange-uae-2024", depth: 2) { nodes { id } edges { id } } }',
    );
    const want = { nodes: data!.neighbourhood.nodes.map((n) => n.id).sort(), edges: data!.neighbourhood.edges.map((e) => e.id).sort() };
    const { body, headers } = await download('graph.graphml?id=exchange-uae-2024&depth=2');
    expect(headers.get('content-disposition')).toContain('exchange-uae-2024-graph.graphml');
    const got = graphml(body);
    expect([...got.nodes.keys()].sort()).toEqual(want.nodes);
    expect([...got.edges.keys()].sort()).toEqual(want.edges);
  });

  it('keeps only the labels asked for', async () => {
    const [row] = await db.read(`MATCH (n:Exchange|State) WITH count(n) AS nodes
      MATCH (a:Exchange|State)-[r]->(b:Exchange|State) RETURN nodes, count(r) AS edges`);
    const { nodes, edges } = graphml((await download('graph.graphml?types=Exchange,State')).body);
    expect(nodes.size).toBe(row.nodes);
    expect(edges.size).toBe(row.edges);
    expect(new Set([...nodes.values()].map((n) => n.labels))).toEqual(new Set(['Exchange', 'State']));
  });

  it('refuses bad options with 400 and an unknown id with 404, before sending anything', async () => {
    const depth = await download('graph.gexf?id=uae&depth=9');
    expect(depth.status).toBe(400);
    expect(JSON.parse(depth.body)).toMatchObject({ argument: 'depth', error: expect.stringContaining('between 1 and 3') });
    const limit = await download('nodes.csv?id=uae&limit=501');
    expect(limit.status).toBe(400);
    expect(JSON.parse(limit.body).argument).toBe('limit');
    expect((await download('graph.graphml?types=Nope')).status).toBe(400);
    expect((await download('graph.graphml?depth=2')).status).toBe(400);
    const unknown = await download('graph.graphml?id=atlantis');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toContain('atlantis');
  });

  it('survives a client that hangs up mid-download', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/export/graph.gexf`, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.read().catch(() => undefined);
    const next = await download('edges.csv');
    expect(next.status).toBe(200);
    expect(records(parseCsv(next.body))).toHaveLength(graph.edges.size);
  });

  it('the CLI writes the same GraphML, GEXF and CSV files, whole or for a neighbourhood', async () => {
    const graphmlFile = path.join(tmp, 'graph.graphml');
    await cli('--format', 'graphml', '--out', graphmlFile);
    const whole = graphml(fs.readFileSync(graphmlFile, 'utf8'));
    expect(whole.nodes.size).toBe(graph.names.size);
    expect(whole.edges.size).toBe(graph.edges.size);
    expect(fs.existsSync(`${graphmlFile}.partial`)).toBe(false);

    await cli('--format', 'csv', '--out', path.join(tmp, 'csv'));
    expect(records(parseCsv(fs.readFileSync(path.join(tmp, 'csv', 'nodes.csv'), 'utf8')))).toHaveLength(graph.names.size);
    expect(records(parseCsv(fs.readFileSync(path.join(tmp, 'csv', 'edges.csv'), 'utf8')))).toHaveLength(graph.edges.size);

    // To standard output, a neighbourhood.
    const { stdout } = await cli('--format', 'gexf', '--id', 'uae', '--depth', '1');
    const near = gexf(stdout);
    expect([...near.nodes.keys()].sort()).toEqual(['exchange-uae-2024', 'uae']);
    expect([...near.edges.keys()]).toEqual(['exchange-uae-2024>MEDIATED_BY>uae']);
  });

  it('the CLI writes Cytoscape JSON under the name the README gives it, cyjs', async () => {
    const { stdout } = await cli('--format', 'cyjs', '--id', 'uae', '--depth', '1');
    const { data, elements } = JSON.parse(stdout) as { data: Attrs; elements: { nodes: { data: Attrs }[] } };
    expect(data.name).toContain('POW exchanges');
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(['exchange-uae-2024', 'uae']);
  });

  it('piping the CLI into head ends quietly: no EPIPE stack, exit code 0', async () => {
    // The GEXF (over 100 kB) outgrows the pipe's buffer, so the CLI is still writing when head leaves.
    const { stdout, stderr } = await run('bash', ['-c', `set -o pipefail; "${TSX}" src/cli/export.ts --format gexf | head -n 3`], {
      cwd: PROJECT_ROOT,
      env: process.env,
    });
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(stderr).toBe('');
  });

  it('the CLI refuses an unknown format or out-of-range option with a message and exit code 2', async () => {
    const format = await cli('--format', 'pdf').catch((error: { code: number; stderr: string }) => error);
    expect(format).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown format "pdf"') });
    const depth = await cli('--format', 'graphml', '--id', 'uae', '--depth', '0').catch((error: { code: number; stderr: string }) => error);
    expect(depth).toMatchObject({ code: 2, stderr: expect.stringContaining('depth must be between 1 and 3') });
  });
});
