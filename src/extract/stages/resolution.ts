import type { Stage } from '../context';
import type { Extraction } from '../pipeline';

/** An event already in the graph, as cypher/extract/event-candidates.cypher reads it. */
export interface ExistingEvent {
  id: string;
  label: 'Exchange' | 'Release';
  name: string;
  sides: string[];
  earliestDate: string | null;
  latestDate: string | null;
  startDate: string | null;
  datePrecision: string | null;
  mediators: string[];
  values: number[];
  /** Has phases of its own (a multi-day swap). */
  hasPhases: boolean;
}

export type Resolution =
  | { key: string; as: 'same'; id: string; why: string }
  | { key: string; as: 'phase'; of: string; why: string }
  | { key: string; as: 'new' }
  | { key: string; as: 'proposal'; candidate: string; why: string };

const DAY = 86_400_000;
const lastDay = (start: string, precision: string): string => {
  const [y, m] = start.split('-').map(Number);
  if (precision === 'year') return `${y}-12-31`;
  if (precision === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return start;
};

/**
 * Links each reported event to an event of the graph when it is clearly the
 * same: same sides, dates that overlap within their precision, and something
 * that ties them (the same day, a shared figure, an explicit reference such as
 * "the 1,000-for-1,000 swap"). A further day of a multi-day swap becomes a
 * phase of it. Compatible but untied is a proposal for review, never a merge.
 */
export const resolution: Stage<{ extraction: Extraction; existing: ExistingEvent[] }, Resolution[]> = {
  name: 'resolution',
  run({ extraction, existing }, ctx) {
    const text = ctx.article.text;
    // The graph's order decides nothing: candidates are weighed in id order.
    const byId = [...existing].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return extraction.events.map((e): Resolution => {
      const label = e.kind === 'release' ? 'Release' : 'Exchange';
      const sides = e.sides.filter((s) => s !== null).map((s) => s!.id).sort().join();
      const evText = e.evidence.map((x) => text.slice(x.start, x.end)).join(' ');
      const earliest = e.date.start ?? e.date.notBefore ?? null;
      const latest = e.date.start ? lastDay(e.date.start, e.date.precision) : (e.date.notAfter ?? null);
      const values = new Set(extraction.figures.filter((f) => f.event === e.key && f.value >= 20).map((f) => f.value));
      const mediators = new Set(extraction.mediations.filter((m) => m.of === e.key).map((m) => m.mediator.id));
      // A report with days of its own is the whole of a multi-day swap; any other report is one day of it at most.
      const whole = extraction.events.some((o) => o.phaseOf === e.key);
      let proposal: Resolution | undefined;
      const matches: { rank: number; fits: boolean; r: Resolution }[] = [];
      for (const x of byId) {
        if (x.label !== label || [...x.sides].sort().join() !== sides) continue;
        const overlap = (!earliest || !x.latestDate || earliest <= x.latestDate) && (!latest || !x.earliestDate || latest >= x.earliestDate);
        const reference = /\b(\d[\d,]*)-for-(\d[\d,]*)\b/.exec(evText);
        if (reference && x.name.includes(`${reference[1]}-for-${reference[2]}`) && (x.hasPhases || !e.date.start)) {
          matches.push({ rank: 1, fits: x.hasPhases === whole, r: { key: e.key, as: 'same', id: x.id, why: `the text names it: "${reference[0]}"` } });
        }
        if (!overlap) {
          const gap = earliest && x.startDate ? (Date.parse(earliest) - Date.parse(x.startDate)) / DAY : NaN;
          if (gap > 0 && gap <= 4 && e.phaseOf === null && /\b(?:second|third|next|further|another) (?:day|phase|stage)|\bcontinued\b/i.test(evText)) {
            matches.push({ rank: 2, fits: true, r: { key: e.key, as: 'phase', of: x.id, why: `a further day (${gap} after ${x.startDate})` } });
          }
          continue;
        }
        const sameDay = e.date.precision === 'day' && x.datePrecision === 'day' && e.date.start === x.startDate;
        const sharedFigure = [...values].find((v) => x.values.includes(v));
        if (sameDay || sharedFigure !== undefined) {
          matches.push({
            rank: sameDay ? 4 : 3,
            fits: x.hasPhases === whole,
            r: { key: e.key, as: 'same', id: x.id, why: sameDay ? `same sides, same day ${x.startDate}` : `same sides, dates overlap, same figure ${sharedFigure}` },
          });
          continue;
        }
        const sharedMediator = [...mediators].find((m) => x.mediators.includes(m));
        proposal ??= {
          key: e.key,
          as: 'proposal',
          candidate: x.id,
          why: `same sides and overlapping dates${sharedMediator ? `, same mediator ${sharedMediator}` : ''}, but nothing that makes it the same event`,
        };
      }
      // Equally tied, a day goes to the graph's day, not to the swap it is a day of (both share its first
      // day), and a whole to the whole; then by id (a stable sort of byId).
      return matches.sort((a, b) => b.rank - a.rank || Number(b.fits) - Number(a.fits))[0]?.r ?? proposal ?? { key: e.key, as: 'new' };
    });
  },
};
