// Wires the explorer together: search → neighbourhood; select to read, expand
// on demand; legend and filters; folded claims; curated facts only; the time
// axis; paths; the article reader; undo; the view kept in the URL.
import * as api from './api.js';
import { showArticle } from './article.js';
import { eventSpan, spanMeets } from './dates.js';
import { showEdge, showHint, showNode } from './details.js';
import { el, show } from './dom.js';
import { caption, createGraph, layout, merge } from './graph.js';
import { CLAIM_LABELS, EVENT_LABELS, HUB_LABELS, STATUS_STYLE, glyph, statusGlyph } from './labels.js';
import { LABEL_STYLE } from './palette.js';
import { createSearch } from './search.js';
import { createTimeline } from './timeline.js';
import { readView, writeView } from './view.js';

const $ = (id) => document.getElementById(id);
const cy = createGraph($('graph'));
const HINT = 'Select a node to read what it is and what states it; select an edge to see its evidence.';
const state = {
  root: null,
  expanded: [],
  depth: 1,
  hiddenLabels: new Set(),
  hideHubs: false,
  foldClaims: false,
  // Every call to the API asks for curated facts only (a view of its own, not a filter of what is drawn).
  curatedOnly: false,
  range: null,
  path: null,
  pathIds: null,
  pathOptions: { k: 1, all: false, avoidHubs: true, eventsOnly: true },
  pathFrom: null,
  pathTo: null,
  people: new Map(),
  busy: 0,
  history: [],
};
let timeline = null;
// For tests and the curious: the Cytoscape instance, the state, the time axis.
window.explorer = { cy, state, get timeline() { return timeline; } };

// ---------------------------------------------------------------- status
function status(kind, text) {
  $('status').className = `status ${kind}`;
  $('status').textContent = text;
}
function notice(text) {
  $('notice').textContent = text ?? '';
  $('notice').hidden = !text;
}
/** The empty state belongs to an empty canvas only: checked after every change, not before. */
function emptyState() {
  if (state.busy > 0 || $('status').classList.contains('error')) return;
  if (cy.nodes().length === 0) status('empty', 'Search for an entity to start: UAE, Mariupol, Zelensky, Istanbul… or pick an exchange on the time axis below.');
  else if ($('status').classList.contains('empty')) status('', '');
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
    emptyState();
  }
}

// ---------------------------------------------------------------- undo
function remember() {
  state.history.push({
    elements: cy.elements().jsons(),
    root: state.root,
    expanded: [...state.expanded],
    pathIds: state.pathIds,
    selected: cy.$(':selected').id(),
  });
  if (state.history.length > 40) state.history.shift();
  $('undo').disabled = false;
}
function undo() {
  const last = state.history.pop();
  $('undo').disabled = state.history.length === 0;
  if (!last) return;
  cy.elements().remove();
  cy.add(last.elements);
  Object.assign(state, { root: last.root, expanded: last.expanded, pathIds: last.pathIds });
  cy.nodes().unlock();
  cy.nodes('.pinned').lock();
  refresh();
  if (last.selected) select(last.selected);
  else showHint($('details'), HINT);
  emptyState();
}

// ---------------------------------------------------------------- drawing
async function draw(subgraph, { around } = {}) {
  const fresh = cy.nodes().length === 0;
  const added = merge(cy, subgraph, { around, people: state.people });
  refresh();
  await layout(cy, fresh ? {} : { moving: added, fit: added.nonempty() });
  notice(subgraph.truncated ? 'Only the nearest nodes are drawn (limit reached): expand further from them.' : '');
  return added;
}

async function openRoot(id, { keepView = false } = {}) {
  const subgraph = await busy('Loading the neighbourhood…', () => api.neighbourhood(id, state.depth, state.curatedOnly));
  if (!subgraph) return false;
  if (cy.nodes().length) remember();
  cy.elements().remove();
  Object.assign(state, { root: id, expanded: [], pathIds: null });
  if (!keepView) show($('path-list'));
  await draw(subgraph);
  cy.nodes().removeClass('root');
  cy.getElementById(id).addClass('root');
  refresh();
  select(id);
  emptyState();
  return true;
}

async function expand(id) {
  const subgraph = await busy('Expanding…', () => api.neighbourhood(id, state.depth, state.curatedOnly));
  if (!subgraph) return;
  remember();
  const added = await draw(subgraph, { around: id });
  if (!state.expanded.includes(id) && id !== state.root) state.expanded.push(id);
  notice(added.empty() ? 'Everything around this node is already drawn.' : `${added.length} node${added.length === 1 ? '' : 's'} added around ${cy.getElementById(id).data('name')}.`);
  if (cy.getElementById(id).selected()) select(id);
  saveView();
}

function removeFromView(id) {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  remember();
  node.remove();
  state.expanded = state.expanded.filter((x) => x !== id);
  showHint($('details'), `${node.data('name')} removed from the view (Undo brings it back).`);
  refresh();
  emptyState();
}

function togglePin(id) {
  const node = cy.getElementById(id);
  const pinned = !node.hasClass('pinned');
  node.toggleClass('pinned', pinned);
  if (pinned) node.lock();
  else node.unlock();
  select(id);
}

// ---------------------------------------------------------------- visibility
/**
 * Decides what is drawn: label filter, hubs, folded claims and the time
 * range. The node searched for, the one selected and the path always stay:
 * a filter never hides what the analyst just asked for.
 */
function refresh() {
  const keep = new Set([state.root, cy.$('node:selected').id(), ...(state.pathIds?.nodes ?? [])].filter(Boolean));
  const outOfRange = new Set();
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const label = n.data('label');
      let undated = false;
      let out = false;
      if (state.range && EVENT_LABELS.has(label)) {
        const span = eventSpan(n.data('node').properties ?? {});
        if (span) out = !spanMeets(span, state.range[0], state.range[1]);
        else undated = true;
      }
      if (out) outOfRange.add(n.id());
      n.toggleClass('undated', undated);
    });
    cy.nodes().forEach((n) => {
      const label = n.data('label');
      // A claim goes with the events it is about.
      const about = n.outgoers('edge[type = "ABOUT"]').targets();
      const claimOut = CLAIM_LABELS.has(label) && about.nonempty() && about.every((t) => outOfRange.has(t.id()));
      const hidden =
        !keep.has(n.id()) &&
        (state.hiddenLabels.has(label) ||
          (state.hideHubs && HUB_LABELS.has(label)) ||
          (state.foldClaims && CLAIM_LABELS.has(label) && about.nonempty()) ||
          outOfRange.has(n.id()) ||
          claimOut);
      n.toggleClass('hidden', hidden);
    });
    cy.nodes().forEach((n) => {
      const folded = state.foldClaims ? n.incomers('edge[type = "ABOUT"]').sources().filter((c) => c.hasClass('hidden')).length : 0;
      n.data('folded', folded);
      n.data('caption', caption(n));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('hidden', e.source().hasClass('hidden') || e.target().hasClass('hidden'));
    });
  });
  renderLegend();
  const hiddenByRange = outOfRange.size;
  if (state.range) notice(`Time range kept: ${hiddenByRange} event${hiddenByRange === 1 ? '' : 's'} outside it hidden; events with no known date are faded.`);
  saveView();
}

function renderLegend() {
  const counts = new Map();
  cy.nodes().forEach((n) => {
    counts.set(n.data('label'), (counts.get(n.data('label')) ?? 0) + 1);
  });
  $('labels-empty').hidden = counts.size > 0;
  // The whole legend, in a fixed order: shapes and colours mean the same everywhere.
  show(
    $('labels'),
    Object.keys(LABEL_STYLE)
      .filter((label) => counts.has(label) || state.hiddenLabels.has(label))
      .map((label) =>
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
                refresh();
              },
            }),
            glyph(label),
            ` ${label} `,
            el('span', { class: 'count' }, `(${counts.get(label) ?? 0})`),
          ),
        ),
      ),
  );
  // Where what is drawn comes from: a legend entry per provenance, with how many nodes and relationships carry it.
  const byStatus = new Map();
  cy.elements().forEach((e) => {
    byStatus.set(e.data('status'), (byStatus.get(e.data('status')) ?? 0) + 1);
  });
  show(
    $('provenance'),
    Object.entries(STATUS_STYLE)
      .filter(([status]) => status !== 'synthetic' || byStatus.has(status))
      .map(([status, { border, words }]) =>
        el('li', { 'data-status': status }, statusGlyph(status), ` ${border}: ${words} `, el('span', { class: 'count' }, `(${byStatus.get(status) ?? 0})`)),
      ),
  );
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
  document.body.classList.add('show-details');
  $('details-panel').classList.remove('reading');
  if (element.isNode()) {
    showNode($('details'), element.data('node'), {
      connections: connectionsOf(id),
      pinned: element.hasClass('pinned'),
      people: element.data('people'),
      onEdge: (edgeId) => select(edgeId),
      onExpand: () => expand(id),
      onPin: () => togglePin(id),
      onRemove: () => removeFromView(id),
      onPathFrom: () => setPathEnd('pathFrom', id),
      onPathTo: () => setPathEnd('pathTo', id),
      onRead: (ev) => readArticle(ev, id),
    });
  } else {
    const edge = element.data('edge');
    showEdge($('details'), edge, {
      sourceName: cy.getElementById(edge.source).data('name'),
      targetName: cy.getElementById(edge.target).data('name'),
      onNode: (nodeId) => select(nodeId),
      onRead: (ev) => readArticle(ev, id),
    });
  }
  saveView();
}

async function readArticle(evidence, from) {
  const article = await busy('Opening the article…', () => api.article(evidence.articleId, state.curatedOnly));
  if (!article) return;
  $('details-panel').classList.add('reading');
  showArticle($('details'), article, evidence, {
    onBack: () => select(from),
    onFact: (fact) => (cy.getElementById(fact.id).nonempty() ? select(fact.id) : openRoot(fact.id)),
  });
}

cy.on('tap', 'node, edge', (event) => select(event.target.id()));
cy.on('dbltap', 'node', (event) => expand(event.target.id()));
cy.on('tap', (event) => {
  if (event.target !== cy) return;
  cy.elements().unselect();
  document.body.classList.remove('show-details');
  showHint($('details'), HINT);
  saveView();
});
cy.on('dragfree', 'node', (event) => {
  // A node the analyst placed stays placed.
  event.target.addClass('pinned').lock();
});

// ---------------------------------------------------------------- path
function setPathEnd(end, id) {
  state[end] = id;
  const slot = $(end === 'pathFrom' ? 'path-from' : 'path-to');
  slot.textContent = cy.getElementById(id).data('name') ?? id;
  slot.classList.remove('muted');
  $('path-show').disabled = !(state.pathFrom && state.pathTo);
  document.body.classList.add('show-side');
  $('toggle-side').setAttribute('aria-expanded', 'true');
}

function pathOptions() {
  const k = $('path-k').value;
  return { k: k === 'all' ? 1 : Number(k), all: k === 'all', avoidHubs: $('path-hubs').checked, eventsOnly: $('path-events').checked };
}

async function showPaths() {
  const { pathFrom, pathTo } = state;
  state.pathOptions = pathOptions();
  const found = await busy('Looking for paths…', () => api.paths(pathFrom, pathTo, { ...state.pathOptions, curatedOnly: state.curatedOnly }));
  if (!found) return;
  remember();
  state.path = [pathFrom, pathTo];
  cy.elements().removeClass('on-path');
  if (found.paths.length === 0) {
    state.pathIds = null;
    show($('path-list'), el('li', { class: 'muted' }, 'No path within 8 steps with these options.'));
    refresh();
    return;
  }
  await draw(found, { around: cy.getElementById(pathFrom).nonempty() ? pathFrom : pathTo });
  const names = new Map(found.nodes.map((n) => [n.id, n.name]));
  show(
    $('path-list'),
    found.paths.map((p, i) =>
      el(
        'li',
        {},
        el('button', { type: 'button', class: 'link', 'data-path': String(i), onclick: () => highlightPath(p) }, p.nodes.map((id) => names.get(id)).join(' → ')),
      ),
    ),
    found.truncated ? el('li', { class: 'muted' }, 'More shortest paths exist; the first 25 are shown.') : null,
  );
  highlightPath({ nodes: found.nodes.map((n) => n.id), edges: found.edges.map((e) => e.id) });
  const first = found.paths[0];
  notice(`${found.paths.length} path${found.paths.length === 1 ? '' : 's'} of ${first.edges.length} step${first.edges.length === 1 ? '' : 's'}: ${first.nodes.map((id) => names.get(id)).join(' → ')}`);
}

function highlightPath(p) {
  state.pathIds = p;
  cy.batch(() => {
    cy.elements().removeClass('on-path');
    for (const id of [...p.nodes, ...p.edges]) cy.getElementById(id).addClass('on-path');
  });
  refresh();
}

$('path-show').addEventListener('click', showPaths);
$('path-clear').addEventListener('click', () => {
  Object.assign(state, { pathFrom: null, pathTo: null, path: null, pathIds: null });
  for (const id of ['path-from', 'path-to']) {
    $(id).textContent = 'pick a node';
    $(id).classList.add('muted');
  }
  $('path-show').disabled = true;
  show($('path-list'));
  cy.elements().removeClass('on-path');
  notice('');
  refresh();
});

// ---------------------------------------------------------------- the view in the URL
function saveView() {
  return writeView({
    root: state.root,
    expanded: state.expanded,
    selected: cy.$(':selected').id() || null,
    depth: state.depth,
    hiddenLabels: [...state.hiddenLabels],
    hideHubs: state.hideHubs,
    foldClaims: state.foldClaims,
    curatedOnly: state.curatedOnly,
    range: state.range,
    path: state.path,
    pathOptions: state.pathOptions,
  });
}

/** Shows `view`; false when its root could not be opened. */
async function restore(view) {
  Object.assign(state, {
    depth: view.depth, hiddenLabels: new Set(view.hiddenLabels), hideHubs: view.hideHubs, foldClaims: view.foldClaims, curatedOnly: view.curatedOnly, range: view.range,
  });
  $('depth').value = String(view.depth);
  $('hide-hubs').checked = view.hideHubs;
  $('fold-claims').checked = view.foldClaims;
  $('curated-only').checked = view.curatedOnly;
  if (view.range) timeline?.setRange(view.range);
  if (!view.root) return true;
  if (!(await openRoot(view.root, { keepView: true }))) return false;
  for (const id of view.expanded) await expand(id);
  if (view.path) {
    const [from, to] = view.path;
    $('path-k').value = view.pathOptions.all ? 'all' : String(view.pathOptions.k);
    $('path-hubs').checked = view.pathOptions.avoidHubs;
    $('path-events').checked = view.pathOptions.eventsOnly;
    state.pathFrom = from;
    state.pathTo = to;
    await showPaths();
    for (const [slot, id] of [['path-from', from], ['path-to', to]]) {
      $(slot).textContent = cy.getElementById(id).data('name') ?? id;
      $(slot).classList.remove('muted');
    }
    $('path-show').disabled = false;
  }
  refresh();
  if (view.selected) select(view.selected);
  return true;
}

// ---------------------------------------------------------------- controls
createSearch({
  form: $('search'),
  input: $('search-text'),
  list: $('results'),
  whileBusy: busy,
  onOpen: (hit) => openRoot(hit.id),
  onNothing: (text) => status('empty', `Nothing${state.curatedOnly ? ' curated' : ''} is named “${text}”. Try another name or alias.`),
  curatedOnly: () => state.curatedOnly,
});
$('depth').addEventListener('change', () => {
  state.depth = Number($('depth').value);
  saveView();
});
$('hide-hubs').addEventListener('change', () => {
  state.hideHubs = $('hide-hubs').checked;
  refresh();
});
$('fold-claims').addEventListener('change', () => {
  state.foldClaims = $('fold-claims').checked;
  refresh();
});
// The same view asked again, with or without what no one reviewed: the time
// axis, then the node searched for, its expansions and the path.
$('curated-only').addEventListener('change', async () => {
  state.curatedOnly = $('curated-only').checked;
  saveView();
  const view = readView();
  await loadTimeline();
  // A root that is not curated cannot start a curated view: the canvas is cleared, and the error says why.
  if (!(await restore(view))) {
    cy.elements().remove();
    Object.assign(state, { root: null, expanded: [], pathIds: null });
    refresh();
  }
});
$('undo').addEventListener('click', undo);
$('fit').addEventListener('click', () => cy.fit(cy.elements().not('.hidden'), 40));
$('reset').addEventListener('click', () => {
  remember();
  cy.elements().remove();
  Object.assign(state, { root: null, expanded: [], path: null, pathIds: null });
  state.hiddenLabels.clear();
  refresh();
  notice('');
  showHint($('details'), HINT);
  emptyState();
});
$('share').addEventListener('click', () => {
  $('share-url').value = saveView();
  $('share-box').hidden = false;
  $('share-url').select();
  navigator.clipboard?.writeText($('share-url').value).catch(() => undefined);
});
$('share-close').addEventListener('click', () => ($('share-box').hidden = true));
$('toggle-side').addEventListener('click', () => {
  const open = document.body.classList.toggle('show-side');
  $('toggle-side').setAttribute('aria-expanded', String(open));
});
$('close-details').addEventListener('click', () => document.body.classList.remove('show-details'));

document.addEventListener('keydown', (event) => {
  if (event.target.closest('input, select, textarea')) return;
  const selected = cy.$('node:selected');
  if (event.key === '/') {
    event.preventDefault();
    $('search-text').focus();
  } else if ((event.ctrlKey || event.metaKey) && event.key === 'z') {
    event.preventDefault();
    undo();
  } else if (selected.nonempty() && !event.ctrlKey && !event.metaKey) {
    if (event.key === 'e') expand(selected.id());
    else if (event.key === 'p') togglePin(selected.id());
    else if (event.key === 'Delete' || event.key === 'Backspace') removeFromView(selected.id());
  }
});

// ---------------------------------------------------------------- start
/** The time axis of the exchanges the view shows (curated ones only, in that view), with the range kept. */
async function loadTimeline() {
  try {
    const exchanges = await api.exchanges(state.curatedOnly);
    state.people.clear();
    for (const x of exchanges) if (x.people) state.people.set(x.id, x.people);
    timeline = createTimeline($('timeline'), exchanges, {
      onPick: (id) => openRoot(id),
      onRange: (range) => {
        state.range = range;
        refresh();
        if (!range) notice('');
      },
    });
    if (state.range) timeline.setRange(state.range);
  } catch (error) {
    timeline = null;
    show($('timeline'), el('p', { class: 'error' }, `The time axis could not be loaded: ${error.message}`));
  }
}

emptyState();
const startView = readView();
state.curatedOnly = startView.curatedOnly;
loadTimeline().then(() => restore(startView));
