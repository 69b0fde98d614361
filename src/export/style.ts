import type { CuratedLabel } from '../facts/model';
import type { ExportNode } from './model';

export interface LabelStyle {
  /** The label's colour, in the explorer and in Gephi alike. */
  colour: string;
  /** Its shape in the explorer (a Cytoscape.js node shape). */
  shape: string;
  /** Its size in Gephi on opening the file: events largest, entities in between, claims and sources small. */
  size: number;
}

/**
 * One colour and one shape per label: the only definition. The explorer reads
 * it as a module served from it (src/explore/explorer.ts), the GEXF export
 * writes it, so a graph looks the same in both. Events are boxes of several
 * cuts, claims pointed, entities rounded; no two colours or shapes alike. The
 * order is the legend's.
 */
export const LABEL_STYLE = {
  Exchange: { colour: '#d62728', shape: 'round-rectangle', size: 20 },
  Release: { colour: '#393b79', shape: 'tag', size: 16 },
  Negotiation: { colour: '#9467bd', shape: 'rhomboid', size: 16 },
  Agreement: { colour: '#e377c2', shape: 'cut-rectangle', size: 16 },
  State: { colour: '#1f77b4', shape: 'hexagon', size: 12 },
  Organization: { colour: '#2ca02c', shape: 'barrel', size: 10 },
  Person: { colour: '#ff7f0e', shape: 'ellipse', size: 10 },
  Place: { colour: '#17becf', shape: 'triangle', size: 10 },
  Unit: { colour: '#8c564b', shape: 'pentagon', size: 10 },
  Group: { colour: '#e7ba52', shape: 'octagon', size: 10 },
  Statement: { colour: '#bcbd22', shape: 'diamond', size: 6 },
  Figure: { colour: '#6baed6', shape: 'star', size: 6 },
  Article: { colour: '#7f7f7f', shape: 'rectangle', size: 8 },
  Evidence: { colour: '#c7c7c7', shape: 'round-tag', size: 4 },
} as const satisfies Record<CuratedLabel | 'Article' | 'Evidence', LabelStyle>;
/** A label the model does not know (a hand-added one) is drawn grey. */
export const OTHER_STYLE: LabelStyle = { colour: '#888888', shape: 'ellipse', size: 8 };

export function nodeStyle(node: Pick<ExportNode, 'label'>): LabelStyle {
  return (LABEL_STYLE as Record<string, LabelStyle>)[node.label] ?? OTHER_STYLE;
}

/**
 * The time a node stands for, for Gephi's timeline: an event lies certainly
 * between `earliestDate` and `latestDate` (docs/model.md, Dates); a bound
 * that is unknown stays open, and a node with neither (an entity, an undated
 * event) is there at all times.
 */
export function nodeTime(node: Pick<ExportNode, 'properties'>): { start?: string; end?: string } {
  const date = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  return { start: date(node.properties.earliestDate), end: date(node.properties.latestDate) };
}
