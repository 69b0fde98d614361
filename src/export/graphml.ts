import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type PropertyKey, type Sink, valueText } from './model';
import { xmlStream, xmlValue } from './xml';

const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** GraphML has no list types: a list is written as JSON text in a string key. */
const graphmlType = (key: PropertyKey): string => (key.list ? 'string' : key.type);

/**
 * GraphML (Gephi, yEd, NetworkX). Follows APOC's choices: a node's `label`
 * is its display name and `labels` its Neo4j label; an edge's `label` is its
 * relationship type. Other properties get one typed <key> each; `evidence`
 * holds the quoted passages behind a fact.
 */
export function graphmlWriter(sink: Sink): GraphWriter {
  const { xml, flush } = xmlStream(sink);
  let nodeKeys: { id: string; name: string }[] = [];
  let edgeKeys: { id: string; name: string }[] = [];
  const data = (key: string, value: unknown): void => {
    const text = valueText(value);
    if (text !== '') xml.ele(GRAPHML, 'data', { key }).txt(xmlValue(text)).up();
  };
  const declare = (id: string, of: string, name: string, type: string): void =>
    void xml.ele(GRAPHML, 'key', { id, for: of, 'attr.name': xmlValue(name), 'attr.type': type }).up();
  return {
    async begin(schema: ExportSchema) {
      const nodeProps = schema.nodeKeys.filter((k) => !NODE_RESERVED.has(k.name));
      const edgeProps = schema.edgeKeys.filter((k) => !EDGE_RESERVED.has(k.name));
      nodeKeys = nodeProps.map((k, i) => ({ id: `n${i}`, name: k.name }));
      edgeKeys = edgeProps.map((k, i) => ({ id: `e${i}`, name: k.name }));
      xml
        .dec({ version: '1.0', encoding: 'UTF-8' })
        .ele(GRAPHML, 'graphml')
        .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI)
        .att(XSI, 'xsi:schemaLocation', `${GRAPHML} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`);
      declare('label', 'node', 'label', 'string');
      declare('labels', 'node', 'labels', 'string');
      for (const [i, k] of nodeProps.entries()) declare(nodeKeys[i].id, 'node', k.name, graphmlType(k));
      declare('type', 'edge', 'label', 'string');
      for (const [i, k] of edgeProps.entries()) declare(edgeKeys[i].id, 'edge', k.name, graphmlType(k));
      xml.ele(GRAPHML, 'graph', { id: 'G', edgedefault: 'directed' });
      await flush();
    },
    async node(n) {
      xml.ele(GRAPHML, 'node', { id: xmlValue(n.id) });
      data('label', n.name);
      data('labels', n.label);
      for (const k of nodeKeys) data(k.id, n.properties[k.name]);
      xml.up();
      await flush();
    },
    async edges() {},
    async edge(e) {
      xml.ele(GRAPHML, 'edge', { id: xmlValue(e.id), source: xmlValue(e.source), target: xmlValue(e.target) });
      data('type', e.type);
      for (const k of edgeKeys) data(k.id, e.properties[k.name]);
      xml.up();
      await flush();
    },
    async end() {
      xml.up().up().end();
      await flush();
    },
  };
}
