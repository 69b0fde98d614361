import { exchangesQuery } from '../../query/exchanges';
import { encodeCursor } from '../../query/paging';
import { selectionOf } from '../../query/select/selection';
import type { ExchangeEdge, Resolvers } from '../generated/types';
import { type Unresolved, connection, warnUnresolved } from '../connection';

export const exchangeResolvers: Resolvers = {
  Query: {
    exchanges: async (_root, args, context, info) => {
      const order = args.orderBy ?? 'DATE_ASC';
      const where = args.where ?? {};
      const query = exchangesQuery(where, { first: args.first, after: args.after, orderBy: order }, selectionOf(info));
      const [row] = await context.db.read(query.cypher, query.params);
      warnUnresolved(context, query.names.map((name) => [name, String(where[name])]), row.unresolved as Unresolved);
      return connection((row.page ?? []) as ExchangeEdge[], query.params.first as number, row.totalCount as number, (edge) =>
        encodeCursor(order, edge.cursor),
      );
    },
  },
};
