import { boundedText, searchTerms } from '../../query/fulltext';
import { pageSize } from '../../query/paging';
import { SEARCH, describeMatch } from '../../query/search';
import type { Resolvers } from '../generated/types';
import type { RefRow } from '../rows';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, { text, first, curatedOnly }, { db }) => {
      const { query, words } = searchTerms(text);
      const rows = await db.read(SEARCH, { text: boundedText(text, 'text'), query, words, first: pageSize(first), curatedOnly: curatedOnly ?? false });
      return rows.map((r) => {
        const node = r.node as RefRow;
        const hit = { tier: r.tier as number, id: node.id, date: r.date as string | null, fields: r.fields as [string, string][] };
        return { node, score: r.score as number, ...describeMatch(hit, text, words) };
      });
    },
  },
};
