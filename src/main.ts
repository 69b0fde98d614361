import fs from 'node:fs';
import { startApp } from './app';
import { loadConfig } from './config';
import { FactsRejected } from './facts/errors';
import { type RunningServer, startServer } from './neo4j/server';
import { SetupError } from './neo4j/prerequisites';
import { consoleProgress } from './progress';

/**
 * `npm start`: the project's own Neo4j (unless NEO4J_URI names one), the
 * schema, the seeds, then the GraphQL API. Ctrl-C or SIGTERM stops the API
 * and then the Neo4j it started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // The first start fetches and creates things and says so; later ones are quiet.
  const progress = consoleProgress({ quiet: !config.external && fs.existsSync(config.embedded.homeDir) });
  let server: RunningServer | undefined;
  let stopping = false;
  const stopDatabase = async (): Promise<void> => {
    if (server?.started) await server.stop();
  };

  try {
    server = config.external ? undefined : await startServer(config.embedded, progress);
    const app = await startApp(config.external ?? server!.connection, config.api, progress);
    progress.info(`GraphQL API ready at ${app.api.url}`);
    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      progress.info(`${signal}: stopping…`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    if (error instanceof SetupError || error instanceof FactsRejected) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
