import { describe, expect, it } from '@jest/globals';
import { csvRow } from '../../src/export/csv';
import { gexfWriter } from '../../src/export/gexf';
import { graphmlWriter } from '../../src/export/graphml';
import type { ExportSchema, GraphWriter, Sink } from '../../src/export/model';
import { parseCsv, parseXml } from './parse';

// Text XML attributes cannot carry raw (line breaks and tabs are read back as spaces, GEXF attributes are tokens) is kept apart from NASTY.
const NASTY = 'a & b < c > d "e" \'f\' ]]> &amp; &lt;x&gt; “curly” — 😀';
const NASTY_TEXT = `${NASTY}\n g\th`;

/** One node and one edge through a writer, as the text it produces. */
async function write(make: (sink: Sink) => GraphWriter, name: string, value: string): Promise<string> {
  const chunks: string[] = [];
  const writer = make(async (chunk) => void chunks.push(chunk));
  const schema: ExportSchema = { nodeKeys: [{ name: 'quote', type: 'string', list: false }], edgeKeys: [] };
  await writer.begin(schema);
  await writer.node({ id: name, label: 'Statement', name, properties: { quote: value } });
  await writer.edges();
  await writer.edge({ id: `${name}>X>${name}`, source: name, target: name, type: 'X', properties: {} });
  await writer.end();
  return chunks.join('');
}

describe('escaping', () => {
  it('GraphML reads back exactly what was written, in ids and in text', async () => {
    const doc = parseXml(await write(graphmlWriter, NASTY, NASTY_TEXT), ['data']) as {
      graphml: { graph: { node: { '@id': string; data: { '#text': string }[] }; edge: { '@source': string } } };
    };
    expect(doc.graphml.graph.node['@id']).toBe(NASTY);
    expect(doc.graphml.graph.node.data.map((d) => d['#text'])).toEqual([NASTY, 'Statement', NASTY_TEXT]);
    expect(doc.graphml.graph.edge['@source']).toBe(NASTY);
  });

  it('GEXF reads back exactly what was written, in ids, labels and attribute values', async () => {
    const doc = parseXml(await write(gexfWriter, NASTY, NASTY), ['attvalue']) as {
      gexf: { graph: { nodes: { node: { '@id': string; '@label': string; attvalues: { attvalue: { '@value': string }[] } } } } };
    };
    const node = doc.gexf.graph.nodes.node;
    expect([node['@id'], node['@label']]).toEqual([NASTY, NASTY]);
    expect(node.attvalues.attvalue.map((v) => v['@value'])).toEqual(['Statement', NASTY]);
  });

  it('drops the characters XML 1.0 cannot carry, instead of writing a broken document', async () => {
    const doc = parseXml(await write(graphmlWriter, 'x\u0000\u0007y\uD800z', 'x\u0001y\uDFFFz'), ['data']) as {
      graphml: { graph: { node: { '@id': string; data: { '#text': string }[] } } };
    };
    expect(doc.graphml.graph.node['@id']).toBe('xyz');
    expect(doc.graphml.graph.node.data[2]['#text']).toBe('xyz');
  });

  it('CSV fields read back exactly, lists as JSON', () => {
    const row = csvRow([NASTY_TEXT, 'plain', ' padded ', ['UAE', 'U.A.E.'], 230, null, true]);
    expect(parseCsv(row)).toEqual([[NASTY_TEXT, 'plain', ' padded ', '["UAE","U.A.E."]', '230', '', 'true']]);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['a=b', 'a=b'],
  ])('CSV text that a spreadsheet would run as a formula is neutralised: %j', (text, cell) => {
    expect(parseCsv(csvRow([text]))).toEqual([[cell]]);
  });

  it('CSV numbers stay numbers, negative ones too', () => {
    expect(parseCsv(csvRow([-5, 2.5]))).toEqual([['-5', '2.5']]);
  });
});
