import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type Sink, valueText } from './model';
import { xmlAttribute as attr, xmlText as text } from './xml';

/**
 * GraphML (Gephi, yEd, NetworkX). Follows APOC's choices: a node's `label`
 * is its display name and `labels` its Neo4j label; an edge's `label` is its
 * relationship type. Other properties get one typed <key> each.
 */
export function graphmlWriter(sink: Sink): GraphWriter {
  let nodeKeys: { id: string; name: string }[] = [];
  let edgeKeys: { id: string; name: string }[] = [];
  const data = (key: string, value: unknown): string => {
    const t = valueText(value);
    return t === '' ? '' : `<data key="${key}">${text(t)}</data>`;
  };
  return {
    async begin(schema: ExportSchema) {
      nodeKeys = schema.nodeKeys.filter((k) => !NODE_RESERVED.has(k.name)).map((k, i) => ({ id: `n${i}`, name: k.name }));
      edgeKeys = schema.edgeKeys.filter((k) => !EDGE_RESERVED.has(k.name)).map((k, i) => ({ id: `e${i}`, name: k.name }));
      const typeOf = (keys: ExportSchema['nodeKeys'], name: string): string => keys.find((k) => k.name === name)?.type ?? 'string';
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
          ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '<key id="label" for="node" attr.name="label" attr.type="string"/>',
        '<key id="labels" for="node" attr.name="labels" attr.type="string"/>',
        ...nodeKeys.map((k) => `<key id="${k.id}" for="node" attr.name="${attr(k.name)}" attr.type="${typeOf(schema.nodeKeys, k.name)}"/>`),
        '<key id="type" for="edge" attr.name="label" attr.type="string"/>',
        ...edgeKeys.map((k) => `<key id="${k.id}" for="edge" attr.name="${attr(k.name)}" attr.type="${typeOf(schema.edgeKeys, k.name)}"/>`),
        '<graph id="G" edgedefault="directed">',
      ];
      await sink(`${lines.join('\n')}\n`);
    },
    async node(n) {
      const values = nodeKeys.map((k) => data(k.id, n.properties[k.name])).join('');
      await sink(`<node id="${attr(n.id)}">${data('label', n.name)}${data('labels', n.label)}${values}</node>\n`);
    },
    async edges() {},
    async edge(e) {
      const values = edgeKeys.map((k) => data(k.id, e.properties[k.name])).join('');
      await sink(`<edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}">${data('type', e.type)}${values}</edge>\n`);
    },
    async end() {
      await sink('</graph>\n</graphml>\n');
    },
  };
}
