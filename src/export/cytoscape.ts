import { EDGE_RESERVED, type GraphWriter, NODE_RESERVED, type Sink } from './model';

const without = (properties: Record<string, unknown>, reserved: Set<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(properties).filter(([k, v]) => !reserved.has(k) && v !== null && v !== undefined));

/** The network's own attributes, which Cytoscape desktop shows as the network's name and networkx keeps as `G.graph`. */
const NETWORK = { name: 'POW exchanges (Russia–Ukraine)', shared_name: 'POW exchanges (Russia–Ukraine)', generated_by: 'pow-exchange-graph' };

/**
 * Cytoscape JSON as Cytoscape desktop (.cyjs), Cytoscape.js (`cy.json()`) and
 * networkx (`cytoscape_graph`) read it: a top-level `data` object for the
 * network, `elements: {nodes, edges}` of `data` objects. Nodes carry `name`
 * and `label` for the display, `labels` for the Neo4j label and `value` (the
 * node key networkx asks for, so a Figure's own `value` is written as
 * `number`); edges carry `interaction` for the type and
 * `key` (their id) so that parallel edges stay apart in a multigraph.
 */
export function cytoscapeWriter(sink: Sink): GraphWriter {
  let first = true;
  const element = async (data: Record<string, unknown>): Promise<void> => {
    await sink(`${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`);
    first = false;
  };
  return {
    async begin() {
      const head = { format_version: '1.0', generated_by: NETWORK.generated_by, target_cytoscapejs_version: '~3', data: NETWORK, directed: true, multigraph: true };
      await sink(`${JSON.stringify(head).slice(0, -1)},"elements":{"nodes":[\n`);
    },
    node: (n) => {
      const { value: number, ...properties } = without(n.properties, NODE_RESERVED);
      return element({ ...properties, ...(number === undefined ? {} : { number }), id: n.id, value: n.id, name: n.name, label: n.name, labels: n.label });
    },
    async edges() {
      await sink('\n],"edges":[\n');
      first = true;
    },
    edge: (e) =>
      element({
        ...without(e.properties, EDGE_RESERVED),
        id: e.id,
        key: e.id,
        source: e.source,
        target: e.target,
        label: e.type,
        interaction: e.type,
      }),
    async end() {
      await sink('\n]}}\n');
    },
  };
}
