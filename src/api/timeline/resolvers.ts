import { TIMELINE } from '../../query/timeline';
import type { Resolvers } from '../generated/types';
import type { FigureRow, RefRow } from '../rows';
import { selects } from '../selection';

export interface ReturnedRow {
  side: RefRow;
  mediator: RefRow | null;
  people: number;
  approximate: boolean;
  figures: FigureRow[];
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_root, { granularity }, { db }, info) => {
      const rows = await db.read(TIMELINE, { granularity: granularity ?? 'MONTH', withText: selects(info, 'Article', 'text') });
      // Rows come per (period, side, mediator); a period shows each exchange once.
      type Period = { period: string; exchanges: Map<string, RefRow>; returned: ReturnedRow[] };
      const periods = new Map<string, Period>();
      for (const row of rows) {
        const period = row.period as string;
        const entry: Period = periods.get(period) ?? { period, exchanges: new Map(), returned: [] };
        for (const x of row.exchanges as RefRow[]) entry.exchanges.set(x.id, x);
        if (row.returned) entry.returned.push(row.returned as ReturnedRow);
        periods.set(period, entry);
      }
      return [...periods.values()].map((p) => ({ ...p, exchanges: [...p.exchanges.values()] }));
    },
  },
};
