// Wires the explorer together: search → neighbourhood → click to expand and
// read the evidence; label filter; path between two nodes; the timeline.
import * as api from './api.js';
import { showEdge, showHint, showNode } from './details.js';
import { el, show } from './dom.js';
import { colourOf, createGraph, layout, merge } from './graph.js';
import { showTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const cy = createGraph($('graph'));
const state = { hiddenLabels: new Set(), pathFrom: null, pathTo: null, busy: 0 };
// For tests and the curious: the Cytoscape instance.
window.explorer = { cy };

// ---------------------------------------------------------------- status
function status(kind, text) {
  const box = $('status');
  box.className = `status ${kind}`;
  box.textContent = text;
  box.hidden = !text;
}
function notice(text) {
  $('notice').textContent = text ?? '';
  $('notice').hidden = !text;
}
function emptyState() {
  if (cy.nodes().length === 0) status('empty', 'Search for an entity to start: UAE, Mariupol, Zelensky, Istanbul… or pick an exchange on the timeline below.');
}
/** Runs a request with the loading state shown, and its failure shown instead of a blank page. */
async function busy(label, work) {
  state.busy++;
  status('loading', label);
  document.body.classList.add('is-busy');
  try {
    const result = await work();
    status('', '');
    return result;
  } catch (error) {
    status('error', error instanceof api.ApiError ? error.message : `Something went wrong: ${error.message}`);
    return undefined;
  } finally {
    if (--state.busy === 0) document.body.classList.remove('is-busy');
    if (!$('status').classList.contains('error')) emptyState();
  }
}

// ---------------------------------------------------------------- drawing
async function draw(subgraph, { around, fresh } = {}) {
  const added = merge(cy, subgraph, around);
  applyFilter();
  renderLabels();
  await layout(cy, { fresh });
  notice(subgraph.truncated ? 'Only the nearest nodes are drawn (limit reached): expand further from them.' : '');
  return added;
}

async function openRoot(id) {
  const depth = Number($('depth').value);
  const subgraph = await busy('Loading the neighbourhood…', () => api.neighbourhood(id, depth));
  if (!subgraph) return;
  cy.elements().remove();
  await draw(subgraph, { fresh: true });
  cy.getElementById(id).addClass('root');
  select(id);
}

async function expand(id) {
  const depth = Number($('depth').value);
  const subgraph = await busy('Expanding…', () => api.neighbourhood(id, depth));
  if (!subgraph) return;
  const added = await draw(subgraph, { around: id });
  if (added === 0) notice('Everything around this node is already drawn.');
}

// ---------------------------------------------------------------- details
function connectionsOf(id) {
  return cy
    .getElementById(id)
    .connectedEdges()
    .map((e) => {
      const outgoing = e.data('source') === id;
      const other = cy.getElementById(outgoing ? e.data('target') : e.data('source')).data('name');
      return { edge: e.data('edge'), outgoing, other };
    })
    .sort((a, b) => a.edge.type.localeCompare(b.edge.type) || a.other.localeCompare(b.other));
}

function select(id) {
  const element = cy.getElementById(id);
  if (element.empty()) return;
  cy.elements().unselect();
  element.select();
  if (element.isNode()) {
    showNode($('details'), element.data('node'), {
      connections: connectionsOf(id),
      onEdge: (edgeId) => select(edgeId),
      onExpand: () => expand(id).then(() => select(id)),
      onPathFrom: () => setPathEnd('pathFrom', id),
      onPathTo: () => setPathEnd('pathTo', id),
    });
  } else {
    const edge = element.data('edge');
    showEdge($('details'), edge, {
      sourceName: cy.getElementById(edge.source).data('name'),
      targetName: cy.getElementById(edge.target).data('name'),
      onNode: (nodeId) => select(nodeId),
    });
  }
}

cy.on('tap', 'node', async (event) => {
  const id = event.target.id();
  select(id);
  await expand(id);
  // The panel lists the relationships drawn, which the expansion just grew.
  if (cy.getElementById(id).selected()) select(id);
});
cy.on('tap', 'edge', (event) => select(event.target.id()));
cy.on('tap', (event) => {
  if (event.target === cy) {
    cy.elements().unselect();
    showHint($('details'), 'Click a node to expand it and see what states it; click an edge to see its evidence.');
  }
});

// ---------------------------------------------------------------- label filter
function renderLabels() {
  const counts = new Map();
  cy.nodes().forEach((n) => counts.set(n.data('label'), (counts.get(n.data('label')) ?? 0) + 1));
  $('labels-empty').hidden = counts.size > 0;
  show(
    $('labels'),
    [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, count]) =>
        el(
          'li',
          {},
          el(
            'label',
            {},
            el('input', {
              type: 'checkbox',
              value: label,
              checked: !state.hiddenLabels.has(label),
              onchange: (e) => {
                if (e.target.checked) state.hiddenLabels.delete(label);
                else state.hiddenLabels.add(label);
                applyFilter();
              },
            }),
            el('span', { class: 'swatch', style: `background:${colourOf(label)}` }),
            ` ${label} `,
            el('span', { class: 'count' }, `(${count})`),
          ),
        ),
      ),
  );
}

function applyFilter() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('filtered', state.hiddenLabels.has(n.data('label')));
    });
  });
}

// ---------------------------------------------------------------- path
function setPathEnd(end, id) {
  state[end] = id;
  const name = cy.getElementById(id).data('name') ?? id;
  const slot = $(end === 'pathFrom' ? 'path-from' : 'path-to');
  slot.textContent = name;
  slot.classList.remove('muted');
  $('path-show').disabled = !(state.pathFrom && state.pathTo);
}

$('path-show').addEventListener('click', async () => {
  const { pathFrom, pathTo } = state;
  const found = await busy('Looking for a path…', () => api.path(pathFrom, pathTo));
  if (!found) return;
  cy.elements().removeClass('on-path');
  if (found.nodes.length === 0) {
    notice('No path within 6 steps between these two nodes.');
    return;
  }
  await draw(found, { around: cy.getElementById(pathFrom).nonempty() ? pathFrom : pathTo });
  cy.batch(() => {
    for (const n of found.nodes) cy.getElementById(n.id).addClass('on-path').removeClass('filtered');
    for (const e of found.edges) cy.getElementById(e.id).addClass('on-path');
  });
  const steps = found.nodes.map((n) => n.name).join(' → ');
  notice(`Path (${found.edges.length} step${found.edges.length === 1 ? '' : 's'}): ${steps}`);
});

$('path-clear').addEventListener('click', () => {
  state.pathFrom = state.pathTo = null;
  for (const id of ['path-from', 'path-to']) {
    $(id).textContent = 'pick a node';
    $(id).classList.add('muted');
  }
  $('path-show').disabled = true;
  cy.elements().removeClass('on-path');
  notice('');
});

// ---------------------------------------------------------------- search
function showResults(results, chosen) {
  const list = $('results');
  list.hidden = results.length < 2;
  show(
    list,
    results.map((n) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: n.id === chosen ? 'link current' : 'link', onclick: () => openRoot(n.id).then(() => showResults(results, n.id)) },
          el('span', { class: 'swatch', style: `background:${colourOf(n.label)}` }),
          ` ${n.name} `,
          el('span', { class: 'muted' }, n.label),
        ),
      ),
    ),
  );
}

$('search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('search-text').value.trim();
  if (!text) return;
  const results = await busy(`Searching “${text}”…`, () => api.search(text));
  if (!results) return;
  if (results.length === 0) {
    showResults([]);
    status('empty', `Nothing is named “${text}”. Try another name or alias.`);
    return;
  }
  showResults(results, results[0].id);
  await openRoot(results[0].id);
});

// ---------------------------------------------------------------- the rest
$('fit').addEventListener('click', () => cy.fit(undefined, 40));
$('reset').addEventListener('click', () => {
  cy.elements().remove();
  state.hiddenLabels.clear();
  renderLabels();
  notice('');
  showResults([]);
  showHint($('details'), 'Click a node to expand it and see what states it; click an edge to see its evidence.');
  emptyState();
});

emptyState();
api.timeline().then(
  (exchanges) => showTimeline($('timeline'), exchanges, (id) => openRoot(id)),
  (error) => show($('timeline'), el('p', { class: 'error' }, `The timeline could not be loaded: ${error.message}`)),
);
