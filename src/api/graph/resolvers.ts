import { cypherFile } from '../../neo4j/cypherFiles';
import type { Resolvers, Subgraph } from '../generated/types';
import { BOUNDS, bounded, notFound } from './bounds';
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
  },
};
