import { boundedText, searchTerms } from '../../query/fulltext';
import { pageSize } from '../../query/paging';
import { describeMatch, searchQuery } from '../../query/search';
import { selectionOf } from '../../query/select/selection';
import type { NodeRef, Resolvers } from '../generated/types';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, { text, first, curatedOnly }, { db }, info) => {
      const { query, words } = searchTerms(text);
      const rows = await db.read(searchQuery(selectionOf(info)), {
        text: boundedText(text, 'text'),
        query,
        words,
        first: pageSize(first),
        curatedOnly: curatedOnly ?? false,
      });
      return rows.map((r) => {
        const node = r.node as NodeRef;
        const hit = { tier: r.tier as number, id: node.id, date: r.date as string | null, fields: r.fields as [string, string][] };
        return { node, score: r.score as number, ...describeMatch(hit, text, words) };
      });
    },
  },
};
