// The drawing: Cytoscape.js fed with subgraphs keyed by stable ids. Positions
// are kept as the graph grows: new nodes start around the node they came
// from, and only they move while the layout settles.
import { EVENT_LABELS, styleOf, typeWords } from './labels.js';

/** Labels never render smaller than this many screen pixels. */
const LEGIBLE_PX = 11;
const shortName = (name) => (name.length > 38 ? `${name.slice(0, 36)}…` : name);

/** Exchanges are the centre of the story: sized by the people they returned. */
export function exchangeSize(people) {
  return people ? Math.round(44 + Math.min(46, Math.sqrt(people) * 1.6)) : 44;
}

export function createGraph(container) {
  const cy = cytoscape({
    container,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => styleOf(n.data('label')).colour,
          shape: (n) => styleOf(n.data('label')).shape,
          label: 'data(caption)',
          'font-size': 'data(fontSize)',
          'font-family': 'system-ui, sans-serif',
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 'data(textWidth)',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 2,
          'text-background-shape': 'round-rectangle',
          width: 26,
          height: 26,
          'border-width': 1.5,
          'border-color': '#ffffff',
        },
      },
      {
        selector: 'node[label = "Exchange"]',
        style: { width: 'data(size)', height: (n) => n.data('size') * 0.7, 'font-weight': 'bold', 'border-color': '#7a1010', 'border-width': 2 },
      },
      { selector: 'node[label = "Release"]', style: { width: 36, height: 26 } },
      { selector: 'node.minor', style: { label: '' } },
      // Extracted facts are drawn apart from curated ones until a person accepts them; synthetic ones too.
      { selector: 'node[status = "extracted"]', style: { 'border-style': 'dashed', 'border-color': '#1d2733', 'border-width': 3, 'background-opacity': 0.5 } },
      { selector: 'node[status = "synthetic"]', style: { 'border-style': 'dotted', 'border-color': '#1d2733', 'border-width': 3, 'background-opacity': 0.5 } },
      { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#1d2733' } },
      { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#6b7280', 'outline-offset': 2 } },
      { selector: 'node.undated', style: { opacity: 0.4 } },
      { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#ffbf00', label: 'data(caption)' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#a3adb8',
          'target-arrow-color': '#a3adb8',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          label: 'data(words)',
          'font-size': 'data(fontSize)',
          color: '#3e4c59',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge.minor', style: { label: '' } },
      { selector: 'edge[status = "extracted"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
      { selector: 'edge[status = "synthetic"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge:selected', style: { width: 4, 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', label: 'data(words)' } },
      { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#b3261e', label: 'data(caption)' } },
      { selector: 'edge.on-path', style: { width: 4, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', label: 'data(words)' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('zoom', () => fitLabels(cy));
  return cy;
}

/**
 * Labels scale with zoom but never under LEGIBLE_PX on screen, and wrap at
 * a width measured on screen too. Zoomed out, only events keep theirs (far
 * out, only exchanges: the centre of the story), with the root and what is
 * selected; edges lose theirs. So a hairball stays readable.
 */
export function fitLabels(cy) {
  const zoom = cy.zoom();
  const nodeSize = Math.max(12, LEGIBLE_PX / zoom);
  const edgeSize = Math.max(10, LEGIBLE_PX / zoom);
  const textWidth = Math.max(150, 170 / zoom);
  const keepsLabel = zoom < 0.45 ? (label) => label === 'Exchange' : (label) => EVENT_LABELS.has(label);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.data('fontSize', nodeSize);
      n.data('textWidth', textWidth);
      const major = keepsLabel(n.data('label')) || n.hasClass('root');
      n.toggleClass('minor', zoom < 0.7 && !major);
    });
    cy.edges().forEach((e) => {
      e.data('fontSize', edgeSize);
      e.toggleClass('minor', zoom < 0.8);
    });
  });
}

/** The caption under a node: its name, and on an exchange the claims folded into it. */
export function caption(n) {
  const folded = n.data('folded') ?? 0;
  return folded ? `${shortName(n.data('name'))}\n+${folded} claim${folded === 1 ? '' : 's'}` : shortName(n.data('name'));
}

/**
 * Adds a subgraph's nodes and edges (those drawn already are refreshed, not
 * duplicated). New nodes start on a ring around `around` (or the centre),
 * so the layout only has to settle them. Returns the new nodes.
 */
export function merge(cy, subgraph, { around, people } = {}) {
  const anchor = around ? cy.getElementById(around) : cy.collection();
  const origin = anchor.nonempty() ? { ...anchor.position() } : centre(cy);
  const fresh = subgraph.nodes.filter((n) => cy.getElementById(n.id).empty());
  const added = [];
  cy.batch(() => {
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      const radius = 90 + 6 * fresh.length;
      added.push(cy.add({ group: 'nodes', data: nodeData(n, people), position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) } }));
    });
    for (const n of subgraph.nodes) if (!fresh.includes(n)) cy.getElementById(n.id).data(nodeData(n, people));
    for (const e of subgraph.edges) {
      const data = { id: e.id, source: e.source, target: e.target, type: e.type, words: typeWords(e.type), status: e.status, edge: e, fontSize: 10 };
      const existing = cy.getElementById(e.id);
      if (existing.nonempty()) existing.data(data);
      else if (cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()) cy.add({ group: 'edges', data });
    }
  });
  return cy.collection(added);
}

function nodeData(n, people) {
  const count = n.label === 'Exchange' ? people?.get(n.id) ?? null : null;
  return { id: n.id, label: n.label, name: n.name, caption: shortName(n.name), status: n.status, node: n, size: exchangeSize(count), people: count, fontSize: 12, textWidth: 150 };
}

function centre(cy) {
  const ext = cy.extent();
  return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
}

/**
 * Settles the drawing. With `moving` given, every other node is held where
 * it is (the analyst's mental map survives an expansion); pinned nodes never move.
 */
export function layout(cy, { moving, fit = true } = {}) {
  const visible = cy.elements().not('.hidden');
  const held = moving ? cy.nodes().not(moving) : cy.collection();
  const wasLocked = held.filter((n) => n.locked());
  held.lock();
  cy.nodes('.pinned').lock();
  return new Promise((resolve) => {
    const run = visible.layout({
      name: visible.nodes().length > 1 ? 'cose' : 'grid',
      animate: false,
      randomize: false,
      fit: false,
      nodeRepulsion: () => 14000,
      idealEdgeLength: () => 110,
      nodeDimensionsIncludeLabels: true,
      numIter: 1500,
    });
    run.one('layoutstop', () => {
      held.not(wasLocked).not('.pinned').unlock();
      if (fit) {
        cy.fit(cy.elements().not('.hidden'), 50);
        // A handful of nodes would otherwise fill the screen at maximum zoom.
        if (cy.zoom() > 1.3) {
          cy.zoom(1.3);
          cy.center(cy.elements().not('.hidden'));
        }
      }
      fitLabels(cy);
      resolve();
    });
    run.run();
  });
}
