import type { DatabaseSupervision } from './api/health';
import { type Api, startApi } from './api/server';
import type { Neo4jConnection } from './config';
import { prepareGraph } from './load/prepare';
import { exchangesQuery } from './query/exchanges';
import { selectionFromText } from './query/select/selection';
import { Database, createDriver } from './neo4j/database';
import { SetupError } from './neo4j/prerequisites';
import type { Progress } from './progress';

/** A second apart: a loaded machine's Neo4j may open Bolt minutes before its database is online. */
const CONNECT_ATTEMPTS = 180;

/** Connects to Neo4j, retrying for a while: a server may still be starting. */
export async function connect(connection: Neo4jConnection, progress: Progress): Promise<Database> {
  const driver = createDriver(connection);
  const task = progress.start(`Connecting to ${connection.uri}`);
  for (let attempt = 1; ; attempt++) {
    try {
      // The database itself, not only the server: the schema is applied next, and an
      // auto-commit statement is not retried while the database is still starting.
      await driver.executeQuery('RETURN 1', {}, { database: connection.database, routing: 'READ' });
      task.done();
      return new Database(driver, connection.database);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= CONNECT_ATTEMPTS || /auth|credentials|unauthorized/i.test(message)) {
        task.fail();
        await driver.close();
        throw new SetupError(`Could not connect to Neo4j at ${connection.uri}: ${message}`);
      }
      task.update(`attempt ${attempt} failed, retrying`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

/**
 * The selections most clients send (the README's questions): the Cypher text
 * follows the selection, and Neo4j caches plans by text.
 */
const WARM_SELECTIONS = [
  '{ totalCount edges { node { id name startDate datePrecision evidence { quote article { id title } } } matchedBecause { summary } } }',
  '{ totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }',
].map((text) => selectionFromText(text));

/**
 * Plans the commonest query shapes: a cold Neo4j spends seconds planning the
 * exchanges query the first time; later requests reuse the cached plans.
 */
export async function warmPlans(db: Database): Promise<void> {
  const shapes = [{}, ...(['mediatedBy', 'involves', 'participant', 'place'] as const).map((f) => ({ [f]: '' }))];
  for (const selection of WARM_SELECTIONS) {
    for (const where of shapes) {
      const { cypher, params } = exchangesQuery(where, {}, selection);
      await db.read(`EXPLAIN ${cypher}`, params, { timeoutMs: 60_000 }).catch(() => undefined);
    }
  }
}

export interface App {
  db: Database;
  api: Api;
  close(): Promise<void>;
}

export async function startApp(
  connection: Neo4jConnection,
  api: { host: string; port: number },
  progress: Progress,
  supervision?: DatabaseSupervision,
): Promise<App> {
  const db = await connect(connection, progress);
  try {
    await prepareGraph(db, progress);
    void warmPlans(db);
    const server = await startApi(db, api.host, api.port, supervision ? { supervision } : {}).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new SetupError(`Port ${api.port} is already in use: set PORT to a free port.`)
        : error;
    });
    return {
      db,
      api: server,
      async close() {
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
