import { connect } from '../app';
import { type Config, loadConfig } from '../config';
import type { Database } from '../neo4j/database';
import { type RunningServer, startServer } from '../neo4j/server';
import type { Progress } from '../progress';

export interface Target {
  db: Database;
  uri: string;
  /** Set when the project's own Neo4j is used; `started` when this run started it (it is left running, as db:start leaves it). */
  server?: RunningServer;
}

/**
 * The database a generator or benchmark run writes to: the server `--uri`
 * names, else NEO4J_URI's, else the project's own Neo4j, started the way
 * `npm run db:start` starts it (and left running). Nothing else is ever
 * touched: a server the project did not start is used only when named.
 */
export async function openTarget(uri: string | undefined, progress: Progress, env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const config: Config = loadConfig(uri ? { ...env, NEO4J_URI: uri } : env);
  if (config.external) return { db: await connect(config.external, progress), uri: config.external.uri };
  const server = await startServer(config.embedded, progress, { owned: false });
  return { db: await connect(server.connection, progress), uri: server.connection.uri, server };
}
