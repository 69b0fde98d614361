// One colour and one shape per label, read by the graph, the legend and the badges.
// Events are boxes of several cuts, claims pointed, entities rounded; no two alike.

export const LABEL_STYLE = {
  Exchange: { colour: '#d62728', shape: 'round-rectangle' },
  Release: { colour: '#393b79', shape: 'tag' },
  Negotiation: { colour: '#9467bd', shape: 'rhomboid' },
  Agreement: { colour: '#e377c2', shape: 'cut-rectangle' },
  State: { colour: '#1f77b4', shape: 'hexagon' },
  Organization: { colour: '#2ca02c', shape: 'barrel' },
  Person: { colour: '#ff7f0e', shape: 'ellipse' },
  Place: { colour: '#17becf', shape: 'triangle' },
  Unit: { colour: '#8c564b', shape: 'pentagon' },
  Group: { colour: '#e7ba52', shape: 'octagon' },
  Statement: { colour: '#bcbd22', shape: 'diamond' },
  Figure: { colour: '#6baed6', shape: 'star' },
  Article: { colour: '#7f7f7f', shape: 'rectangle' },
  Evidence: { colour: '#c7c7c7', shape: 'round-tag' },
};
const FALLBACK = { colour: '#888888', shape: 'ellipse' };
export const styleOf = (label) => LABEL_STYLE[label] ?? FALLBACK;

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
/** A small SVG of a label's shape in its colour: attributes only, so a strict CSP allows it. */
export function glyph(label, size = 16) {
  const { colour, shape } = styleOf(label);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('class', 'glyph');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', OUTLINE[shape] ?? OUTLINE.ellipse);
  path.setAttribute('fill', colour);
  path.setAttribute('stroke', '#1d2733');
  path.setAttribute('stroke-width', '0.8');
  svg.append(path);
  return svg;
}

/** MEDIATED_BY → "mediated by": relationship types as words. */
export const typeWords = (type) => type.toLowerCase().replaceAll('_', ' ');
