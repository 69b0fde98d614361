import { cypherFile } from '../../neo4j/cypherFiles';
import type { Resolvers } from '../generated/types';
import type { DatabaseInfoRow } from './rows';

export const baseResolvers: Resolvers = {
  Query: {
    database: async (_root, _args, { db }) => {
      const [row] = await db.read(cypherFile('api/database-info.cypher'));
      return row as unknown as DatabaseInfoRow;
    },
  },
};
