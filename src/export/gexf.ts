import { EDGE_RESERVED, type ExportSchema, type GraphWriter, NODE_RESERVED, type PropertyKey, type Sink, valueText } from './model';
import { nodeStyle, nodeTime } from './style';
import { xmlStream, xmlValue } from './xml';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** GEXF 1.3 attribute types: lists by the type of their items (liststring, listlong…). */
const gexfType = (key: PropertyKey): string => (key.list ? `list${key.type}` : key.type);

const rgb = (hex: string): Record<string, string> => ({
  r: String(parseInt(hex.slice(1, 3), 16)),
  g: String(parseInt(hex.slice(3, 5), 16)),
  b: String(parseInt(hex.slice(5, 7), 16)),
});

/**
 * GEXF 1.3, Gephi's own format: typed attributes (lists as liststring,
 * listlong…), a colour and size per label, and each event's dates as its
 * start and end so that Gephi's timeline plays the exchanges in order. Edges
 * carry their type as `kind` too, so that Gephi keeps two relationships of
 * different types between the same nodes apart. All nodes come before all
 * edges, as GEXF requires.
 */
export function gexfWriter(sink: Sink): GraphWriter {
  const { xml, flush } = xmlStream(sink);
  let nodeKeys: (PropertyKey & { id: string })[] = [];
  let edgeKeys: (PropertyKey & { id: string })[] = [];
  const attvalues = (keys: (PropertyKey & { id: string })[], values: Record<string, unknown>): void => {
    const present = keys.map((k) => [k.id, valueText(values[k.name])]).filter(([, v]) => v !== '');
    if (present.length === 0) return;
    xml.ele(GEXF, 'attvalues');
    for (const [id, value] of present) xml.ele(GEXF, 'attvalue', { for: id, value: xmlValue(value) }).up();
    xml.up();
  };
  const declare = (cls: string, keys: (PropertyKey & { id: string })[]): void => {
    xml.ele(GEXF, 'attributes', { class: cls });
    for (const k of keys) xml.ele(GEXF, 'attribute', { id: k.id, title: xmlValue(k.name), type: gexfType(k) }).up();
    xml.up();
  };
  return {
    async begin(schema: ExportSchema) {
      nodeKeys = [
        { id: 'labels', name: 'labels', type: 'string', list: false },
        ...schema.nodeKeys.filter((k) => !NODE_RESERVED.has(k.name)).map((k, i) => ({ ...k, id: `n${i}` })),
      ];
      edgeKeys = [
        { id: 'type', name: 'type', type: 'string', list: false },
        ...schema.edgeKeys.filter((k) => !EDGE_RESERVED.has(k.name)).map((k, i) => ({ ...k, id: `e${i}` })),
      ];
      xml
        .dec({ version: '1.0', encoding: 'UTF-8' })
        .ele(GEXF, 'gexf', { version: '1.3' })
        .att(XMLNS, 'xmlns:viz', VIZ)
        .ele(GEXF, 'meta')
        .ele(GEXF, 'creator')
        .txt('pow-exchange-graph')
        .up()
        .ele(GEXF, 'description')
        .txt('Russia–Ukraine prisoner-of-war exchanges')
        .up()
        .up()
        // Dynamic, in days: nodes without dates (entities) are there at all times.
        .ele(GEXF, 'graph', { mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
      declare('node', nodeKeys);
      declare('edge', edgeKeys);
      xml.ele(GEXF, 'nodes');
      await flush();
    },
    async node(n) {
      const { start, end } = nodeTime(n);
      xml.ele(GEXF, 'node', { id: xmlValue(n.id), label: xmlValue(n.name), ...(start ? { start } : {}), ...(end ? { end } : {}) });
      attvalues(nodeKeys, { ...n.properties, labels: n.label });
      const style = nodeStyle(n);
      xml.ele(VIZ, 'viz:color', rgb(style.colour)).up();
      xml.ele(VIZ, 'viz:size', { value: String(style.size) }).up();
      xml.up();
      await flush();
    },
    async edges() {
      xml.up().ele(GEXF, 'edges');
      await flush();
    },
    async edge(e) {
      const attributes = { id: xmlValue(e.id), source: xmlValue(e.source), target: xmlValue(e.target), label: xmlValue(e.type), kind: xmlValue(e.type) };
      xml.ele(GEXF, 'edge', attributes);
      attvalues(edgeKeys, { ...e.properties, type: e.type });
      xml.up();
      await flush();
    },
    async end() {
      xml.up().up().up().end();
      await flush();
    },
  };
}
