import type { Database } from '../../neo4j/database';
import { cypherFile } from '../../neo4j/cypherFiles';
import type { Paths, QueryPathArgs } from '../generated/types';
import { ALL_PATHS_CAP, BOUNDS, EVENT_RELATIONSHIP_TYPES, HUB_LABELS, bounded, notFound } from './bounds';

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
  const node = params.curatedOnly ? 'curated node' : 'node';
  if (!row.fromFound) throw notFound(`No ${node} has the id "${args.from}"`, 'from');
  if (!row.toFound) throw notFound(`No ${node} has the id "${args.to}"`, 'to');
  return row as unknown as Paths;
}
