import { timelineQuery } from '../../query/timeline';
import { selectionOf } from '../../query/select/selection';
import type { NodeRef, Resolvers, ReturnedCount } from '../generated/types';

interface Period {
  period: string;
  notBefore: string | null;
  notAfter: string | null;
  exchanges: Map<string, NodeRef>;
  releases: Map<string, NodeRef>;
  returned: ReturnedCount[];
  returnedWithoutExchange: ReturnedCount[];
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_root, { granularity, curatedOnly }, { db }, info) => {
      const rows = await db.read(timelineQuery(selectionOf(info).onlyCurated(curatedOnly)), {
        granularity: granularity ?? 'MONTH',
        curatedOnly: curatedOnly ?? false,
      });
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
        for (const x of row.events as NodeRef[]) (release ? entry.releases : entry.exchanges).set(x.id, x);
        if (row.returned) (release ? entry.returnedWithoutExchange : entry.returned).push(row.returned as ReturnedCount);
        periods.set(key, entry);
      }
      return [...periods.values()].map((p) => ({ ...p, exchanges: [...p.exchanges.values()], releases: [...p.releases.values()] }));
    },
  },
};
