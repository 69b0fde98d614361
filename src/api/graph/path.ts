import type { Database } from '../../neo4j/database';
import { cypherFile } from '../../neo4j/cypherFiles';
import type { Paths, QueryPathArgs } from '../generated/types';
import { ALL_PATHS_CAP, BOUNDS, EVENT_RELATIONSHIP_TYPES, HUB_LABELS, bounded, noNode } from './bounds';

/** Paths between two nodes, in one query: the k shortest or all shortest, optionally around hubs and along events only. */
export async function readPaths(db: Database, args: QueryPathArgs): Promise<Paths> {
  const params = {
    from: args.from,
    to: args.to,
    maxLength: bounded('maxLength', args.maxLength, BOUNDS.maxLength),
    k: bounded('k', args.k, BOUNDS.k),
    all: args.all ?? false,
    cap: ALL_PATHS_CAP,
    avoid: args.avoidHubs ? HUB_LABELS : [],
    types: args.eventsOnly ? EVENT_RELATIONSHIP_TYPES : null,
    curatedOnly: args.curatedOnly ?? false,
  };
  const [row] = await db.read(cypherFile('graph/path.cypher'), params);
  if (!row.fromFound) throw noNode(args.from, 'from', params.curatedOnly);
  if (!row.toFound) throw noNode(args.to, 'to', params.curatedOnly);
  return row as unknown as Paths;
}
