import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type Sink, valueText } from './model';
import { xmlAttribute as attr } from './xml';

/**
 * GEXF 1.2 (Gephi's own format): nodes and edges carry their display label
 * as an XML attribute (name, relationship type), the rest as declared
 * attributes. All nodes come before all edges, as GEXF requires.
 */
export function gexfWriter(sink: Sink): GraphWriter {
  let nodeKeys: { id: string; name: string }[] = [];
  let edgeKeys: { id: string; name: string }[] = [];
  const attvalues = (keys: { id: string; name: string }[], values: Record<string, unknown>): string => {
    const present = keys
      .map((k) => [k.id, valueText(values[k.name])])
      .filter(([, v]) => v !== '')
      .map(([id, v]) => `<attvalue for="${id}" value="${attr(v)}"/>`);
    return present.length > 0 ? `<attvalues>${present.join('')}</attvalues>` : '';
  };
  return {
    async begin(schema: ExportSchema) {
      const nodeProps = schema.nodeKeys.filter((k) => !NODE_RESERVED.has(k.name));
      const edgeProps = schema.edgeKeys.filter((k) => !EDGE_RESERVED.has(k.name));
      nodeKeys = [{ id: 'labels', name: 'labels' }, ...nodeProps.map((k, i) => ({ id: `n${i}`, name: k.name }))];
      edgeKeys = [{ id: 'type', name: 'type' }, ...edgeProps.map((k, i) => ({ id: `e${i}`, name: k.name }))];
      const declare = (id: string, title: string, type: string): string => `<attribute id="${id}" title="${attr(title)}" type="${type}"/>`;
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
        '<meta><creator>pow-exchange-graph</creator><description>Russia–Ukraine prisoner-of-war exchanges</description></meta>',
        '<graph mode="static" defaultedgetype="directed">',
        '<attributes class="node">',
        declare('labels', 'labels', 'string'),
        ...nodeProps.map((k, i) => declare(`n${i}`, k.name, k.type)),
        '</attributes>',
        '<attributes class="edge">',
        declare('type', 'type', 'string'),
        ...edgeProps.map((k, i) => declare(`e${i}`, k.name, k.type)),
        '</attributes>',
        '<nodes>',
      ];
      await sink(`${lines.join('\n')}\n`);
    },
    async node(n) {
      const values = attvalues(nodeKeys, { ...n.properties, labels: n.label });
      await sink(`<node id="${attr(n.id)}" label="${attr(n.name)}">${values}</node>\n`);
    },
    async edges() {
      await sink('</nodes>\n<edges>\n');
    },
    async edge(e) {
      const values = attvalues(edgeKeys, { ...e.properties, type: e.type });
      await sink(`<edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}" label="${attr(e.type)}">${values}</edge>\n`);
    },
    async end() {
      await sink('</edges>\n</graph>\n</gexf>\n');
    },
  };
}
