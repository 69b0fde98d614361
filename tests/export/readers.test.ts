import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import { useSeededApi } from '../support/api';
import { parseXml } from './parse';
import { LABEL_STYLE } from '../../src/export/style';

const run = promisify(execFile);
const SCHEMAS = path.join(__dirname, 'gexf-1.3');
// Debian's python3-networkx lives with Debian's python, whatever python3 is first on PATH.
const PYTHON = '/usr/bin/python3';

type Attrs = Record<string, string>;
interface NetworkxGraph {
  class: string;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

describe('real readers load the exports: xmllint with the GEXF 1.3 schemas, networkx, Cytoscape.js', () => {
  const seeded = useSeededApi();
  let tmp: string;
  /** The curated graph as Cypher counts it, and the quotes behind one relationship. */
  let expected: { nodes: number; edges: number; uaeQuotes: string[] };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-readers-'));
    const [counts] = await seeded.db.read(`MATCH (n:Node) WHERE NOT n:Evidence AND NOT n:Article
      WITH count(n) AS nodes
      MATCH (a:Node)-[r]->(b:Node) WHERE NOT (a:Evidence OR a:Article) AND NOT (b:Evidence OR b:Article)
      RETURN nodes, count(r) AS edges`);
    const [uae] = await seeded.db.read(`MATCH (:Exchange {id: 'exchange-uae-2024'})-[r:MEDIATED_BY]->(:State {id: 'uae'})
      UNWIND r.evidence AS ev MATCH (e:Evidence {id: ev}) RETURN collect(e.quote) AS quotes`);
    expected = { nodes: counts.nodes as number, edges: counts.edges as number, uaeQuotes: uae.quotes as string[] };
    expect(expected.uaeQuotes.length).toBeGreaterThan(0);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Downloads an export to a file, as a user would before opening it. */
  const save = async (file: string): Promise<string> => {
    const response = await fetch(`${seeded.api.url.replace(/\/graphql$/, '')}/export/${file}`);
    expect(response.status).toBe(200);
    const target = path.join(tmp, file.replace(/[^\w.]/g, '_'));
    fs.writeFileSync(target, await response.text());
    return target;
  };
  const networkx = async (format: 'graphml' | 'cyjs', file: string): Promise<NetworkxGraph> =>
    JSON.parse((await run(PYTHON, [path.join(__dirname, 'networkx_read.py'), format, file], { maxBuffer: 64 << 20 })).stdout) as NetworkxGraph;

  it('GEXF validates against the GEXF 1.3 XML Schema and its RELAX NG grammar', async () => {
    const file = await save('graph.gexf');
    for (const [flag, schema] of [['--schema', 'gexf.xsd'], ['--relaxng', 'gexf.rng']]) {
      // xmllint exits non-zero on an invalid document, which fails the test with its messages.
      const { stderr } = await run('xmllint', ['--noout', flag, path.join(SCHEMAS, schema), file]);
      expect(stderr).toContain('validates');
    }
  });

  it("GEXF puts dated events on Gephi's timeline, with typed and list attributes, colour and size", async () => {
    const doc = parseXml(fs.readFileSync(await save('graph.gexf'), 'utf8'), ['attributes', 'attribute', 'node', 'attvalue']) as {
      gexf: {
        '@version': string;
        graph: Attrs & { attributes: { '@class': string; attribute: Attrs[] }[]; nodes: { node: (Attrs & Record<string, unknown>)[] } };
      };
    };
    expect(doc.gexf['@version']).toBe('1.3');
    expect(doc.gexf.graph).toMatchObject({ '@mode': 'dynamic', '@timeformat': 'date' });
    const nodeAttributes = doc.gexf.graph.attributes.find((a) => a['@class'] === 'node')!.attribute;
    const aliases = nodeAttributes.find((a) => a['@title'] === 'aliases')!;
    expect(aliases['@type']).toBe('liststring');
    expect(nodeAttributes.find((a) => a['@title'] === 'value')!['@type']).toBe('long');
    const node = (id: string) => doc.gexf.graph.nodes.node.find((n) => n['@id'] === id)!;
    // A day-precise exchange spans its day; one known only as "on or before" has an end and no start; an entity is always there.
    expect(node('exchange-2025-05-23')).toMatchObject({ '@start': '2025-05-23', '@end': '2025-05-23' });
    expect(node('exchange-uae-2024')).toMatchObject({ '@end': '2024-01-04' });
    expect(node('exchange-uae-2024')['@start']).toBeUndefined();
    expect(node('uae')['@start']).toBeUndefined();
    expect(node('uae')['@end']).toBeUndefined();
    const uaeAliases = (node('uae').attvalues as unknown as { attvalue: Attrs[] }).attvalue.find((v) => v['@for'] === aliases['@id'])!;
    expect(JSON.parse(uaeAliases['@value'])).toContain('Emirati');
    // The explorer's palette, the one definition (src/export/style.ts), as GEXF's r, g, b.
    const [r, g, b] = (LABEL_STYLE.State.colour.match(/[0-9a-f]{2}/gi) ?? []).map((h) => String(Number.parseInt(h, 16)));
    expect(node('uae')['viz:color']).toEqual({ '@r': r, '@g': g, '@b': b });
    expect(node('exchange-uae-2024')['viz:size']).toEqual({ '@value': '20' });
  });

  it('networkx reads the GraphML: every node and edge, typed values, and the quotes behind each fact', async () => {
    const graph = await networkx('graphml', await save('graph.graphml'));
    expect(graph.class).toBe('MultiDiGraph');
    expect(Object.keys(graph.nodes)).toHaveLength(expected.nodes);
    expect(graph.edges).toHaveLength(expected.edges);
    expect(graph.nodes.uae).toMatchObject({ label: 'United Arab Emirates', labels: 'State' });
    const figure = Object.values(graph.nodes).find((n) => n.labels === 'Figure' && n.value !== undefined)!;
    expect(typeof figure.value).toBe('number');
    const mediated = graph.edges.find(([u, v, d]) => u === 'exchange-uae-2024' && v === 'uae' && d.label === 'MEDIATED_BY')!;
    expect(JSON.parse(mediated[2].evidence as string)).toEqual(expected.uaeQuotes);
    // A node's own evidence: the passages behind an event.
    expect(JSON.parse(graph.nodes['exchange-uae-2024'].evidence as string).length).toBeGreaterThan(0);
    // No Evidence ids left where the Evidence nodes are not exported.
    expect(JSON.stringify(graph)).not.toMatch(/"ev-[0-9a-f]{12}"/);
  });

  it("networkx reads the Cytoscape JSON: the network's data, every node, every parallel edge", async () => {
    const graph = await networkx('cyjs', await save('graph.cyjs'));
    expect(graph.class).toBe('MultiDiGraph');
    expect(graph.graph).toMatchObject({ name: expect.stringContaining('POW exchanges') });
    expect(Object.keys(graph.nodes)).toHaveLength(expected.nodes);
    expect(graph.edges).toHaveLength(expected.edges);
    expect(graph.nodes.uae).toMatchObject({ name: 'United Arab Emirates', labels: 'State' });
    const mediated = graph.edges.find(([u, v, d]) => u === 'exchange-uae-2024' && v === 'uae' && d.interaction === 'MEDIATED_BY')!;
    expect(mediated[2].evidence).toEqual(expected.uaeQuotes);
  });

  it('Cytoscape.js loads the Cytoscape JSON whole, network data included', async () => {
    const json = JSON.parse(fs.readFileSync(await save('graph.cyjs'), 'utf8')) as Parameters<cytoscape.Core['json']>[0];
    const cy = cytoscape({ headless: true });
    cy.json(json);
    expect(cy.nodes()).toHaveLength(expected.nodes);
    expect(cy.edges()).toHaveLength(expected.edges);
    expect(cy.data('name')).toContain('POW exchanges');
    expect(cy.getElementById('exchange-uae-2024').outgoers('edge[interaction = "MEDIATED_BY"]').targets().map((n) => n.id())).toEqual(['uae']);
    cy.destroy();
  });

  it('a neighbourhood export carries the quotes too', async () => {
    const graph = await networkx('graphml', await save('graph.graphml?id=uae&depth=1'));
    expect(Object.keys(graph.nodes).sort()).toEqual(['exchange-uae-2024', 'uae']);
    expect(JSON.parse(graph.edges[0][2].evidence as string)).toEqual(expected.uaeQuotes);
    expect(JSON.parse(graph.nodes['exchange-uae-2024'].evidence as string).length).toBeGreaterThan(0);
  });
});
