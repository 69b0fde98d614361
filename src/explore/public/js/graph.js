// The drawing: Cytoscape.js, fed with subgraphs keyed by stable ids.

/** A colour and a shape per label; events are boxes, claims diamonds, the rest round. */
export const LABEL_STYLE = {
  State: ['#4e79a7', 'ellipse'],
  Organization: ['#59a14f', 'ellipse'],
  Person: ['#f28e2b', 'ellipse'],
  Place: ['#76b7b2', 'ellipse'],
  Unit: ['#9c755f', 'ellipse'],
  Group: ['#d4a017', 'ellipse'],
  Negotiation: ['#b07aa1', 'round-rectangle'],
  Agreement: ['#d37295', 'round-rectangle'],
  Exchange: ['#e15759', 'round-rectangle'],
  Release: ['#a0645a', 'round-rectangle'],
  Statement: ['#6b9f3a', 'diamond'],
  Figure: ['#3d8c8c', 'diamond'],
  Article: ['#7f7f7f', 'rectangle'],
  Evidence: ['#b0b0b0', 'rectangle'],
};
const FALLBACK = ['#888888', 'ellipse'];
export const colourOf = (label) => (LABEL_STYLE[label] ?? FALLBACK)[0];

const shortName = (name) => (name.length > 42 ? `${name.slice(0, 40)}…` : name);

export function createGraph(container) {
  const cy = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => colourOf(n.data('label')),
          shape: (n) => (LABEL_STYLE[n.data('label')] ?? FALLBACK)[1],
          label: 'data(short)',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node.root', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#1d2733' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf00' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#9aa5b1',
          'target-arrow-color': '#9aa5b1',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 9,
          color: '#52606d',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          // Edge types appear once zoomed in enough to read them.
          'min-zoomed-font-size': 7,
        },
      },
      { selector: 'edge:selected', style: { width: 4, 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00' } },
      { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d62728' } },
      { selector: 'edge.on-path', style: { width: 4, 'line-color': '#d62728', 'target-arrow-color': '#d62728' } },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });
  return cy;
}

/**
 * Adds a subgraph's nodes and edges (those already drawn are refreshed, not
 * duplicated) and lays the graph out again from where things stand.
 * Returns how many nodes were new.
 */
export function merge(cy, subgraph, around) {
  // New nodes start next to the node they were reached from, when it is drawn.
  const anchor = around ? cy.getElementById(around) : cy.collection();
  const origin = anchor.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 };
  let added = 0;
  cy.batch(() => {
    for (const n of subgraph.nodes) {
      const data = { id: n.id, label: n.label, name: n.name, short: shortName(n.name), node: n };
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) existing.data(data);
      else {
        added++;
        cy.add({ group: 'nodes', data, position: { x: origin.x + Math.random() * 40 - 20, y: origin.y + Math.random() * 40 - 20 } });
      }
    }
    for (const e of subgraph.edges) {
      const data = { id: e.id, source: e.source, target: e.target, type: e.type, edge: e };
      const existing = cy.getElementById(e.id);
      if (existing.nonempty()) existing.data(data);
      else cy.add({ group: 'edges', data });
    }
  });
  return added;
}

export function layout(cy, { fresh = false } = {}) {
  return new Promise((resolve) => {
    const run = cy.layout({
      name: cy.nodes().length > 1 ? 'cose' : 'grid',
      animate: false,
      randomize: fresh,
      fit: true,
      padding: 60,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nodeDimensionsIncludeLabels: true,
    });
    run.one('layoutstop', () => {
      // A handful of nodes would otherwise fill the screen at maximum zoom.
      if (cy.zoom() > 1.25) {
        cy.zoom(1.25);
        cy.center();
      }
      resolve();
    });
    run.run();
  });
}
