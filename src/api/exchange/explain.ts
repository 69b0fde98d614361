import type { ExplanationRow } from '../rows';

/** "Exchange A → UNDER → Agreement B → …": a path told in words. */
export function summarise(path: ExplanationRow): string {
  return path.steps
    .map((step, i) => (i === 0 ? step.name : `${path.relationships[i - 1]} → ${step.name}`))
    .join(' → ');
}
