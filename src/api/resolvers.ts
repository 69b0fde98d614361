import { GraphQLScalarType } from 'graphql';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { adminResolvers } from './admin/resolvers';
import { claimResolvers } from './claim/resolvers';
import { entityResolvers } from './entity/resolvers';
import { exchangeResolvers } from './exchange/resolvers';
import type { Resolvers } from './generated/types';
import { graphResolvers } from './graph/resolvers';
import { nodeResolvers } from './node/resolvers';
import { reviewResolvers } from './review/resolvers';
import { searchResolvers } from './search/resolvers';
import { timelineResolvers } from './timeline/resolvers';

/** `Date` is an ISO calendar date; Neo4j dates reach it already as ISO strings. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, ISO 8601 (YYYY-MM-DD).' });

export const resolvers: Resolvers[] = [
  { Date: DateScalar, JSON: JSONResolver },
  nodeResolvers,
  exchangeResolvers,
  entityResolvers,
  searchResolvers,
  claimResolvers,
  timelineResolvers,
  graphResolvers,
  adminResolvers,
  reviewResolvers,
];
