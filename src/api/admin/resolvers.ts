import { GraphQLError } from 'graphql';
import { FactsRejected } from '../../facts/errors';
import type { Facts } from '../../facts/facts';
import { prepareGraph } from '../../load/prepare';
import type { Database } from '../../neo4j/database';
import { silentProgress } from '../../progress';
import type { Context } from '../context';
import type { LoadReport, Resolvers } from '../generated/types';
import { forgetExpectedSeeds } from '../health';

/** Second line of defence: the mutation guard has already refused callers without the admin key. */
export function requireAdmin(context: Context): void {
  if (!context.access.admin) {
    throw new GraphQLError('Mutations need the admin key.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row as { nodes: number; relationships: number };
}

async function reloadSeeds(db: Database): Promise<LoadReport> {
  const began = Date.now();
  const before = await counts(db);
  let facts: Facts;
  try {
    // Seeds checked first (refused: nothing written), then the schema, then every
    // fact MERGEd on its constrained key: a rerun changes nothing.
    facts = await prepareGraph(db, silentProgress);
  } catch (error) {
    if (error instanceof FactsRejected) throw new GraphQLError(error.message, { extensions: { code: 'SEEDS_REJECTED' } });
    throw error;
  }
  forgetExpectedSeeds();
  const after = await counts(db);
  return {
    ...after,
    nodesAdded: after.nodes - before.nodes,
    relationshipsAdded: after.relationships - before.relationships,
    seeds: {
      articles: facts.articles.length,
      evidence: facts.evidence.length,
      nodes: facts.nodes.length,
      relationships: facts.relationships.length,
    },
    durationMs: Date.now() - began,
  };
}

/** One reload at a time in this process: two at once would only race for the same locks. */
let running: Promise<unknown> = Promise.resolve();

export const adminResolvers: Resolvers = {
  Mutation: {
    reloadSeeds: async (_root, _args, context) => {
      requireAdmin(context);
      const next = running.catch(() => undefined).then(() => reloadSeeds(context.db));
      running = next;
      return next;
    },
  },
};
