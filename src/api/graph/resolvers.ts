import { cypherFile } from '../../neo4j/cypherFiles';
import type { GraphNode, Resolvers, Subgraph } from '../generated/types';
import { BOUNDS, bounded, notFound } from './bounds';
import { prefixQuery } from './fulltext';
import { readNeighbourhood } from './neighbourhood';

/** The graph as nodes and edges for drawing: one Cypher query per root field. */
export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: (_root, args, { db }) => readNeighbourhood(db, args),

    path: async (_root, { from, to, maxLength }, { db }) => {
      const params = { from, to, maxLength: bounded('maxLength', maxLength, BOUNDS.maxLength) };
      const [row] = await db.read(cypherFile('graph/path.cypher'), params);
      if (!row.fromFound) throw notFound(`No node has the id "${from}"`, 'from');
      if (!row.toFound) throw notFound(`No node has the id "${to}"`, 'to');
      return row as unknown as Subgraph;
    },

    graphSearch: async (_root, { text, limit }, { db }) => {
      const params = { text, query: prefixQuery(text), limit: bounded('limit', limit, BOUNDS.searchLimit) };
      // A blank search matches nothing: no round trip.
      if (text.trim() === '') return [];
      return (await db.read(cypherFile('graph/search.cypher'), params)) as unknown as GraphNode[];
    },

    exchangeTimeline: async (_root, _args, { db }) =>
      (await db.read(cypherFile('graph/exchange-timeline.cypher'))) as unknown as GraphNode[],
  },
};
