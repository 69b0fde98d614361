import { type ClaimFilter, type ClaimLabel, CLAIM_ORDER, claimsQuery } from '../../query/claims';
import { encodeCursor } from '../../query/paging';
import { selectionOf } from '../../query/select/selection';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { FigureEdge, Resolvers, StatementEdge } from '../generated/types';
import { type Unresolved, connection, warnUnresolved } from '../connection';

async function claims<Edge extends { cursor: string }>(
  label: ClaimLabel,
  where: ClaimFilter,
  args: { first?: number | null; after?: string | null },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const query = claimsQuery(label, where, args, selectionOf(info));
  const [row] = await context.db.read(query.cypher, query.params);
  warnUnresolved(context, query.names.map((name) => [name, String(where[name])]), row.unresolved as Unresolved);
  return connection((row.page ?? []) as Edge[], query.params.first as number, row.totalCount as number, (edge) =>
    encodeCursor(CLAIM_ORDER, edge.cursor),
  );
}

export const claimResolvers: Resolvers = {
  Query: {
    // `by` and `about` are the deprecated spellings of `where: { statedBy, about }`.
    statements: (_root, { where, by, about, first, after }, context, info) =>
      claims<StatementEdge>('Statement', { statedBy: by, about, ...where }, { first, after }, context, info),
    figures: (_root, { where, first, after }, context, info) => claims<FigureEdge>('Figure', where ?? {}, { first, after }, context, info),
  },
};
