// The details panel: a node's or an edge's properties and the passages that state it.
import { el, show } from './dom.js';
import { colourOf } from './graph.js';

/** Properties shown elsewhere in the panel, or bookkeeping. */
const HIDDEN = new Set(['id', 'name', 'label', 'evidence', 'aliases']);

function propertyList(properties) {
  const rows = Object.entries(properties ?? {})
    .filter(([key, value]) => !HIDDEN.has(key) && value !== null && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [el('dt', {}, key), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value))]);
  return rows.length ? el('dl', { class: 'props' }, rows) : null;
}

function evidenceList(evidence, emptyText) {
  if (!evidence.length) return el('p', { class: 'muted' }, emptyText);
  return el(
    'ol',
    { class: 'evidence' },
    evidence.map((ev) =>
      el(
        'li',
        { class: 'evidence-item' },
        el('blockquote', { class: 'quote' }, `“${ev.quote}”`),
        ev.sentence && ev.sentence !== ev.quote ? el('p', { class: 'sentence' }, ev.sentence) : null,
        el('p', { class: 'source' }, 'Article ', el('code', {}, ev.articleId), ev.articleTitle ? `: ${ev.articleTitle}` : ''),
      ),
    ),
  );
}

const badge = (label) => el('span', { class: 'badge', style: `background:${colourOf(label)}` }, label);

export function showNode(panel, node, { connections, onEdge, onExpand, onPathFrom, onPathTo }) {
  const aliases = (node.properties?.aliases ?? []).filter((a) => a !== node.name);
  const exportQuery = `?id=${encodeURIComponent(node.id)}`;
  show(
    panel,
    el('h2', { class: 'title' }, node.name),
    el('p', {}, badge(node.label), ' ', el('code', { class: 'id' }, node.id)),
    aliases.length ? el('p', { class: 'aliases' }, 'Also: ', aliases.join(' · ')) : null,
    el(
      'div',
      { class: 'row' },
      el('button', { type: 'button', onclick: onExpand }, 'Expand'),
      el('button', { type: 'button', onclick: onPathFrom }, 'Path from here'),
      el('button', { type: 'button', onclick: onPathTo }, 'Path to here'),
    ),
    propertyList(node.properties),
    el('h3', {}, 'Evidence'),
    evidenceList(node.evidence, 'No passage states this node itself; its relationships carry the evidence.'),
    el('h3', {}, `Relationships drawn (${connections.length})`),
    connections.length
      ? el(
          'ul',
          { class: 'connections' },
          connections.map((c) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', class: 'link', 'data-edge-id': c.edge.id, onclick: () => onEdge(c.edge.id) },
                c.outgoing ? `→ ${c.edge.type} → ${c.other}` : `← ${c.edge.type} ← ${c.other}`,
              ),
            ),
          ),
        )
      : el('p', { class: 'muted' }, 'None drawn yet.'),
    el(
      'p',
      { class: 'downloads' },
      'Download this neighbourhood: ',
      el('a', { href: `/export/graph.graphml${exportQuery}` }, 'GraphML'),
      ' · ',
      el('a', { href: `/export/graph.gexf${exportQuery}` }, 'GEXF'),
      ' · ',
      el('a', { href: `/export/graph.cyjs${exportQuery}` }, 'Cytoscape'),
      ' · ',
      el('a', { href: `/export/nodes.csv${exportQuery}` }, 'nodes.csv'),
      ' · ',
      el('a', { href: `/export/edges.csv${exportQuery}` }, 'edges.csv'),
    ),
  );
}

export function showEdge(panel, edge, { sourceName, targetName, onNode }) {
  show(
    panel,
    el('h2', { class: 'title' }, edge.type),
    el(
      'p',
      { class: 'edge-ends' },
      el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.source) }, sourceName),
      ` —${edge.type}→ `,
      el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.target) }, targetName),
    ),
    propertyList(edge.properties),
    el('h3', {}, 'Evidence'),
    evidenceList(edge.evidence, edge.properties?.basis ? `No article states it; basis: ${edge.properties.basis}` : 'No evidence recorded.'),
  );
}

export function showHint(panel, text) {
  show(panel, el('p', { class: 'muted' }, text));
}
