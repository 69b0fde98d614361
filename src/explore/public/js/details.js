// The details panel: what a node or an edge is, in words, and the passages
// that state it, each with its article's title and date.
import { dayWords, eventDateWords } from './dates.js';
import { el, show } from './dom.js';
import { EVENT_LABELS, glyph, typeWords } from './labels.js';

/** Fields shown in words elsewhere in the panel, or bookkeeping nobody should read raw. */
const HIDDEN = new Set([
  'id', 'name', 'label', 'evidence', 'aliases', 'description',
  'startDate', 'endDate', 'datePrecision', 'notBefore', 'notAfter', 'openEnded', 'sortDate', 'earliestDate', 'latestDate',
  'reviewStatus', 'confidence', 'runId', 'reviewedBy', 'reviewedAt',
]);
const FIELD_WORDS = { flagNote: 'note', counts: 'counts', basis: 'basis', qualifier: 'qualifier', category: 'category', value: 'number' };

function propertyList(properties) {
  const rows = Object.entries(properties ?? {})
    .filter(([key, value]) => !HIDDEN.has(key) && value !== null && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [el('dt', {}, FIELD_WORDS[key] ?? key), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value))]);
  return rows.length ? el('dl', { class: 'props' }, rows) : null;
}

/** "Russia Releases 25 Captive Ukrainians… · 4 January 2024", or the article's number when it has no headline. */
export function articleWords(title, date, id) {
  const name = title ?? `Untitled article ${id.slice(0, 3)}`;
  return date ? `${name} · ${dayWords(date)}` : `${name} · undated`;
}

/**
 * Where a fact comes from, in words: a machine's reading not yet reviewed
 * (which run, how sure), a synthetic fact, or one a person accepted. Curated
 * seed facts need no line. The status comes from the graph API (the node's
 * `reviewStatus`); the raw fields stay hidden.
 */
function provenance(item) {
  const p = item.properties ?? {};
  if (item.status === 'extracted') {
    const run = p.runId ? `run ${p.runId}` : 'the extractor';
    const sure = typeof item.confidence === 'number' ? `, confidence ${item.confidence.toFixed(2)}` : '';
    return el('p', { class: 'provenance extracted' }, `Extracted by ${run}${sure} — not reviewed.`);
  }
  if (item.status === 'synthetic') {
    return el('p', { class: 'provenance synthetic' }, 'Synthetic — made by the generator (npm run gen) for benchmarks; no article reports it.');
  }
  if (p.reviewedBy) {
    const when = typeof p.reviewedAt === 'string' ? ` on ${dayWords(p.reviewedAt.slice(0, 10))}` : '';
    return el('p', { class: 'provenance reviewed' }, `Extracted, then accepted by ${p.reviewedBy}${when}.`);
  }
  return null;
}

function evidenceList(evidence, emptyText, onRead) {
  if (!evidence.length) return el('p', { class: 'muted' }, emptyText);
  return el(
    'ol',
    { class: 'evidence' },
    evidence.map((ev) =>
      el(
        'li',
        { class: `evidence-item ${ev.status}` },
        el('blockquote', { class: 'quote' }, `“${ev.quote}”`),
        // A curated fact reported again by an ingested article: the link to this passage is the extractor's until reviewed.
        ev.status === 'extracted' ? el('p', { class: 'provenance extracted' }, 'Linked by the extractor — not reviewed.') : null,
        el(
          'p',
          { class: 'source' },
          el('span', { class: 'article-name' }, articleWords(ev.articleTitle, ev.articleDate, ev.articleId)),
          ' ',
          el('button', { type: 'button', class: 'link read', 'data-evidence-id': ev.id, onclick: () => onRead(ev) }, 'Read in the article'),
        ),
      ),
    ),
  );
}

export function showNode(panel, node, { connections, pinned, onEdge, onExpand, onPin, onRemove, onPathFrom, onPathTo, onRead, people }) {
  const p = node.properties ?? {};
  const aliases = (p.aliases ?? []).filter((a) => a !== node.name);
  const exportQuery = `?id=${encodeURIComponent(node.id)}`;
  const isEvent = EVENT_LABELS.has(node.label);
  show(
    panel,
    el('h2', { class: 'title' }, node.name),
    el('p', { class: 'kind' }, glyph(node.label), ` ${node.label}`),
    isEvent ? el('p', { class: 'when' }, `When: ${eventDateWords(p)}`) : null,
    provenance(node),
    people ? el('p', { class: 'people' }, `${people.toLocaleString('en-GB')} people returned (largest reported count per side)`) : null,
    p.description ? el('p', { class: 'description' }, p.description) : null,
    aliases.length ? el('p', { class: 'aliases' }, 'Also called ', aliases.join(' · ')) : null,
    el(
      'div',
      { class: 'row actions' },
      el('button', { type: 'button', class: 'primary', onclick: onExpand, title: 'Draw its neighbours (double-click or E)' }, 'Expand'),
      el('button', { type: 'button', onclick: onPin, 'aria-pressed': pinned ? 'true' : 'false', title: 'Keep it where it is (P)' }, pinned ? 'Unpin' : 'Pin'),
      el('button', { type: 'button', onclick: onRemove, title: 'Remove from view (Delete)' }, 'Remove'),
      el('button', { type: 'button', onclick: onPathFrom }, 'Path from here'),
      el('button', { type: 'button', onclick: onPathTo }, 'Path to here'),
    ),
    propertyList(p),
    el('h3', {}, 'Evidence'),
    evidenceList(node.evidence, 'No passage states this node itself; its relationships carry the evidence.', onRead),
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
                c.outgoing ? `${typeWords(c.edge.type)} → ${c.other}` : `← ${typeWords(c.edge.type)}: ${c.other}`,
              ),
            ),
          ),
        )
      : el('p', { class: 'muted' }, 'None drawn yet: expand it.'),
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

export function showEdge(panel, edge, { sourceName, targetName, onNode, onRead }) {
  const p = edge.properties ?? {};
  show(
    panel,
    el('h2', { class: 'title' }, `${sourceName} ${typeWords(edge.type)} ${targetName}`),
    el('p', { class: 'kind' }, `Relationship ${edge.type}`),
    provenance(edge),
    el(
      'p',
      { class: 'edge-ends' },
      el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.source) }, sourceName),
      ` — ${typeWords(edge.type)} → `,
      el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.target) }, targetName),
    ),
    propertyList(p),
    el('h3', {}, 'Evidence'),
    evidenceList(edge.evidence, p.basis ? `No article states it; basis: ${p.basis}` : 'No evidence recorded.', onRead),
  );
}

export function showHint(panel, text) {
  show(panel, el('p', { class: 'muted' }, text));
}
