import { exchangesQuery } from '../../query/exchanges';
import { encodeCursor } from '../../query/paging';
import type { Resolvers } from '../generated/types';
import { connection, warnUnresolved } from '../connection';
import type { ExchangeEdgeRow } from '../rows';
import { linksOf, otherLinks } from '../links';
import { selects } from '../selection';
import { summarise } from './explain';

export const exchangeResolvers: Resolvers = {
  Query: {
    exchanges: async (_root, args, context, info) => {
      const order = args.orderBy ?? 'DATE_ASC';
      const query = exchangesQuery(args.where ?? {}, {
        first: args.first,
        after: args.after,
        orderBy: order,
        withText: selects(info, 'Article', 'text'),
      });
      const [row] = await context.db.read(query.cypher, query.params);
      warnUnresolved(context, query.names.map((name) => [name, String(args.where?.[name])]), row.unresolved as boolean[]);
      return connection(row.page as ExchangeEdgeRow[], query.params.first as number, row.totalCount as number, (edge) =>
        encodeCursor(order, edge.cursor),
      );
    },
  },
  Explanation: {
    summary: (path) => summarise(path),
  },
  Exchange: {
    phaseOf: ({ links }) => linksOf(links, 'PHASE_OF')[0]?.node ?? null,
    phases: ({ links }) => linksOf(links, 'PHASE_OF', false).map((l) => l.node),
    mediators: ({ links }) => linksOf(links, 'MEDIATED_BY'),
    participants: ({ links }) => linksOf(links, 'BETWEEN'),
    involved: ({ links }) => linksOf(links, 'INVOLVED'),
    places: ({ links }) => linksOf(links, 'TOOK_PLACE_IN'),
    links: ({ links }) => otherLinks(links, ['PHASE_OF', 'MEDIATED_BY', 'BETWEEN', 'INVOLVED', 'TOOK_PLACE_IN', 'UNDER']),
  },
  Negotiation: {
    places: ({ links }) => linksOf(links, 'TOOK_PLACE_IN'),
    participants: ({ links }) => linksOf(links, 'BETWEEN'),
    mediators: ({ links }) => linksOf(links, 'MEDIATED_BY'),
  },
};
