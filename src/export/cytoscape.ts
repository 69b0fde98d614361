import { EDGE_RESERVED, type GraphWriter, NODE_RESERVED, type Sink } from './model';

const without = (properties: Record<string, unknown>, reserved: Set<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(properties).filter(([k, v]) => !reserved.has(k) && v !== null && v !== undefined));

/**
 * Cytoscape JSON ({elements: {nodes, edges}} of `data` objects), as
 * Cytoscape.js `cy.json()` and Cytoscape desktop read it: `name` and `label`
 * for the display, `labels` for the Neo4j label, `interaction` for the type.
 */
export function cytoscapeWriter(sink: Sink): GraphWriter {
  let first = true;
  const element = async (data: Record<string, unknown>): Promise<void> => {
    await sink(`${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`);
    first = false;
  };
  return {
    async begin() {
      await sink('{"format_version":"1.0","generated_by":"pow-exchange-graph","elements":{"nodes":[\n');
    },
    node: (n) => element({ ...without(n.properties, NODE_RESERVED), id: n.id, name: n.name, label: n.name, labels: n.label }),
    async edges() {
      await sink('\n],"edges":[\n');
      first = true;
    },
    edge: (e) =>
      element({ ...without(e.properties, EDGE_RESERVED), id: e.id, source: e.source, target: e.target, label: e.type, interaction: e.type }),
    async end() {
      await sink('\n]}}\n');
    },
  };
}
