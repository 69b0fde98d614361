// How labels look, read by the graph, the legend and the badges. The palette
// itself (one colour and one shape per label) is served from the exports'
// definition, src/export/style.ts.
import { LABEL_STYLE, OTHER_STYLE } from './palette.js';

export const styleOf = (label) => LABEL_STYLE[label] ?? OTHER_STYLE;

export const EVENT_LABELS = new Set(['Exchange', 'Release', 'Negotiation', 'Agreement']);
export const CLAIM_LABELS = new Set(['Statement', 'Figure']);
/** Every event touches a state: states are the hubs one may hide. */
export const HUB_LABELS = new Set(['State']);

/** The outline of each Cytoscape shape in a 20×20 box, for the legend and the badges. */
const OUTLINE = {
  'round-rectangle': 'M4 3h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  tag: 'M1 4h13l5 6-5 6H1z',
  rhomboid: 'M5 4h14l-4 12H1z',
  'cut-rectangle': 'M5 3h10l4 4v6l-4 4H5l-4-4V7z',
  hexagon: 'M5 2h10l5 8-5 8H5L0 10z',
  barrel: 'M4 2h12q4 8 0 16H4q-4-8 0-16z',
  ellipse: 'M10 1a9 9 0 1 0 0.01 0z',
  triangle: 'M10 1l9 17H1z',
  pentagon: 'M10 1l9 7-3.5 11h-11L1 8z',
  octagon: 'M6 1h8l5 5v8l-5 5H6l-5-5V6z',
  diamond: 'M10 0l10 10-10 10L0 10z',
  star: 'M10 0l2.9 6.5 7.1.7-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L0 7.2l7.1-.7z',
  rectangle: 'M1 3h18v14H1z',
  'round-tag': 'M3 4h11l5 6-5 6H3a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
};

const SVG = 'http://www.w3.org/2000/svg';
/** A small SVG icon of one shape: attributes only, so a strict CSP allows it. */
function icon(tag, attributes, size) {
  const svg = document.createElementNS(SVG, 'svg');
  const shape = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries({ viewBox: '0 0 20 20', width: size, height: size, class: 'glyph', 'aria-hidden': 'true' })) svg.setAttribute(k, String(v));
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) shape.setAttribute(k, String(v));
  svg.append(shape);
  return svg;
}

/** A label's shape in its colour, for the legend and the badges. */
export function glyph(label, size = 16) {
  const { colour, shape } = styleOf(label);
  return icon('path', { d: OUTLINE[shape] ?? OUTLINE.ellipse, fill: colour, stroke: '#1d2733', 'stroke-width': 0.8 }, size);
}

/** How a fact's provenance is drawn: its border (and an edge's line), in the graph and the legend. */
export const STATUS_STYLE = {
  curated: { border: 'solid', words: 'curated' },
  extracted: { border: 'dashed', words: 'extracted, not reviewed', dash: '4 2.5' },
  synthetic: { border: 'dotted', words: 'synthetic (generated)', dash: '1.5 2' },
};

/** A box with a provenance's border, for the legend. */
export function statusGlyph(status, size = 16) {
  const dash = STATUS_STYLE[status]?.dash;
  return icon('rect', { x: 2, y: 3, width: 16, height: 14, rx: 3, fill: '#ffffff', stroke: '#1d2733', 'stroke-width': 2, 'stroke-dasharray': dash }, size);
}

/** MEDIATED_BY → "mediated by": relationship types as words. */
export const typeWords = (type) => type.toLowerCase().replaceAll('_', ' ');
