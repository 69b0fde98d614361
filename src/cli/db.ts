import { connect } from '../app';
import { prepareGraph } from '../load/prepare';
import { loadConfig } from '../config';
import { FactsRejected } from '../facts/errors';
import { SetupError } from '../neo4j/prerequisites';
import { type RunningServer, resetData, startServer, stopServer } from '../neo4j/server';
import { consoleProgress } from '../progress';

/**
 * `npm run db:start | db:stop | db:reset`: the project's own Neo4j on its
 * own, for researchers who use cypher-shell, Neo4j Browser or
 * `npm run cypher` without the API. start leaves the server running in the
 * background (its pid in the Neo4j home) with the schema applied and the
 * seeds loaded; stop stops it; reset stops it and deletes its data.
 */
async function start(): Promise<void> {
  const config = loadConfig();
  if (config.external) {
    throw new SetupError(
      `NEO4J_URI is set (${config.external.uri}): db:start runs only the project's own Neo4j; unset NEO4J_URI to use it.`,
    );
  }
  const progress = consoleProgress();
  const server: RunningServer = await startServer(config.embedded, progress, { owned: false });
  try {
    const db = await connect(server.connection, progress);
    try {
      await prepareGraph(db, progress);
    } finally {
      await db.close();
    }
  } catch (error) {
    // Half a database helps nobody: stop the server this call started.
    if (server.started) await server.stop();
    throw error;
  }
  const { uri } = server.connection;
  console.log(
    [
      `Neo4j ${server.started ? 'started' : 'was already running'} at ${uri} (pid ${server.pid}), seeds loaded.`,
      'Loopback only, no authentication. Connect with:',
      `  cypher-shell -a ${uri}`,
      `  Neo4j Browser (Neo4j Desktop or https://browser.neo4j.io): connect URL ${uri}, authentication "No authentication"`,
      '  npm run cypher -- --list            (the query library of cypher/queries/)',
      '  npm start                           (the API: it uses this database and leaves it running)',
      'Stop it with: npm run db:stop',
    ].join('\n'),
  );
}

async function stop(): Promise<void> {
  const { embedded } = loadConfig();
  console.log((await stopServer(embedded)) ? "Stopped the project's Neo4j." : "The project's Neo4j was not running.");
}

async function reset(): Promise<void> {
  const { embedded } = loadConfig();
  await stopServer(embedded);
  resetData(embedded);
  console.log(`Deleted the project's Neo4j data (${embedded.homeDir}); npm run db:start loads the seeds again.`);
}

const COMMANDS: Record<string, () => Promise<void>> = { start, stop, reset };

async function main(): Promise<void> {
  const command = COMMANDS[process.argv[2] ?? ''];
  try {
    if (!command) throw new SetupError('Usage: tsx src/cli/db.ts start|stop|reset (npm run db:start, db:stop, db:reset).');
    await command();
  } catch (error) {
    if (error instanceof SetupError || error instanceof FactsRejected) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
