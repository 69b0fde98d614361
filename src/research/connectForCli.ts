import { type Config, embeddedConnection } from '../config';
import { Database, createDriver } from '../neo4j/database';
import { ResearchError } from './errors';

/**
 * The database the command-line tools talk to: NEO4J_URI's, else the
 * project's own one, which must be running already (`npm run db:start`):
 * starting Neo4j takes seconds and loading the seeds more, too much to pay
 * on every query, and a server started per query would hold no graph.
 */
export async function connectForCli(config: Config): Promise<Database> {
  const connection = config.external ?? embeddedConnection(config.embedded);
  const driver = createDriver(connection);
  try {
    await driver.getServerInfo({ database: connection.database });
    return new Database(driver, connection.database);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ResearchError(
      'DATABASE_UNAVAILABLE',
      config.external
        ? `Could not reach Neo4j at ${connection.uri} (NEO4J_URI): ${reason}`
        : `No Neo4j is running at ${connection.uri}: start the project's database with \`npm run db:start\` (or set NEO4J_URI to another server).`,
    );
  }
}
