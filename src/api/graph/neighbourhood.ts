import type { Database } from '../../neo4j/database';
import { cypherFile } from '../../neo4j/cypherFiles';
import type { Subgraph } from '../generated/types';
import { BOUNDS, bounded, labelFilter, noNode } from './bounds';

export interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  limit?: number | null;
  types?: readonly string[] | null;
  curatedOnly?: boolean | null;
}

/**
 * A node's neighbourhood with its evidence, in one query. Shared by the
 * GraphQL field and the exports: both check the same bounds.
 */
export async function readNeighbourhood(db: Database, args: NeighbourhoodArgs): Promise<Subgraph> {
  const params = {
    id: args.id,
    depth: bounded('depth', args.depth, BOUNDS.depth),
    limit: bounded('limit', args.limit, BOUNDS.limit),
    types: labelFilter(args.types),
    curatedOnly: args.curatedOnly ?? false,
  };
  const [row] = await db.read(cypherFile('graph/neighbourhood.cypher'), params);
  if (!row) throw noNode(args.id, 'id', params.curatedOnly);
  return row as unknown as Subgraph;
}
