import { TIMELINE } from '../../query/timeline';
import type { Resolvers } from '../generated/types';
import type { FigureRow, RefRow } from '../rows';
import { selects } from '../selection';

export interface ReturnedRow {
  side: RefRow;
  mediator: RefRow | null;
  event: RefRow | null;
  people: number;
  approximate: boolean;
  figures: FigureRow[];
}

interface Period {
  period: string;
  notBefore: string | null;
  notAfter: string | null;
  exchanges: Map<string, RefRow>;
  releases: Map<string, RefRow>;
  returned: ReturnedRow[];
  returnedWithoutExchange: ReturnedRow[];
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_root, { granularity }, { db }, info) => {
      const rows = await db.read(TIMELINE, { granularity: granularity ?? 'MONTH', withText: selects(info, 'Article', 'text') });
      // Rows come per (period, kind, side, mediator, undated event); a period shows each event once.
      const periods = new Map<string, Period>();
      for (const row of rows) {
        const key = `${row.period}|${row.notBefore}|${row.notAfter}`;
        const entry: Period = periods.get(key) ?? {
          period: row.period as string,
          notBefore: row.notBefore as string | null,
          notAfter: row.notAfter as string | null,
          exchanges: new Map(),
          releases: new Map(),
          returned: [],
          returnedWithoutExchange: [],
        };
        const release = row.kind === 'release';
        for (const x of row.events as RefRow[]) (release ? entry.releases : entry.exchanges).set(x.id, x);
        if (row.returned) (release ? entry.returnedWithoutExchange : entry.returned).push(row.returned as ReturnedRow);
        periods.set(key, entry);
      }
      return [...periods.values()].map((p) => ({ ...p, exchanges: [...p.exchanges.values()], releases: [...p.releases.values()] }));
    },
  },
};
