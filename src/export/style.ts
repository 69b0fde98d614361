import type { CuratedLabel } from '../facts/model';
import type { ExportNode } from './model';

/**
 * How Gephi draws a node on opening the file: one colour per label (the
 * explorer's Tableau 10 palette, so a graph looks the same in both) and a size
 * by role in the story: events largest, entities in between, claims and
 * sources small.
 */
const STYLE: Record<string, { color: string; size: number }> = {
  State: { color: '#4e79a7', size: 12 },
  Organization: { color: '#59a14f', size: 10 },
  Person: { color: '#f28e2b', size: 10 },
  Place: { color: '#76b7b2', size: 10 },
  Unit: { color: '#9c755f', size: 10 },
  Group: { color: '#d4a017', size: 10 },
  Negotiation: { color: '#b07aa1', size: 16 },
  Agreement: { color: '#d37295', size: 16 },
  Exchange: { color: '#e15759', size: 20 },
  Release: { color: '#a0645a', size: 16 },
  Statement: { color: '#6b9f3a', size: 6 },
  Figure: { color: '#3d8c8c', size: 6 },
  Article: { color: '#7f7f7f', size: 8 },
  Evidence: { color: '#bab0ac', size: 4 },
} satisfies Record<CuratedLabel | 'Article' | 'Evidence', { color: string; size: number }>;
const OTHER = { color: '#8c8c8c', size: 8 };

export function nodeStyle(node: Pick<ExportNode, 'label'>): { color: string; size: number } {
  return STYLE[node.label] ?? OTHER;
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
