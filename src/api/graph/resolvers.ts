import type { Resolvers } from '../generated/types';
import { readArticleView } from './articleView';
import { readNeighbourhood } from './neighbourhood';
import { readPaths } from './path';

/** The graph as nodes and edges for drawing: one Cypher query per root field. */
export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: (_root, args, { db }) => readNeighbourhood(db, args),
    path: (_root, args, { db }) => readPaths(db, args),
    articleView: (_root, { id, curatedOnly }, { db }) => readArticleView(db, id, curatedOnly ?? false),
  },
};
