import { startApp } from './app';
import { loadConfig } from './config';
import { FactsRejected } from './facts/errors';
import { logger } from './log';
import { type RunningServer, startServer } from './neo4j/server';
import { SetupError } from './neo4j/prerequisites';
import { consoleProgress } from './progress';

const SHUTDOWN_TIMEOUT_MS = 90_000;

/**
 * `npm start`: the project's own Neo4j (unless NEO4J_URI names one), the
 * schema, the seeds, then the GraphQL API. Ctrl-C or SIGTERM stops the API
 * and then the Neo4j it started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const progress = consoleProgress();
  let server: RunningServer | undefined;
  let stopping = false;
  const stopDatabase = async (): Promise<void> => {
    if (server?.started) await server.stop();
  };

  try {
    // Supervised: a Neo4j of ours that dies is started again, and /ready says so meanwhile.
    server = config.external ? undefined : await startServer(config.embedded, progress, { supervised: true });
    const app = await startApp(config.external ?? server!.connection, config.api, progress, server);
    progress.info(`GraphQL API ready at ${app.api.url}; the explorer at ${app.api.url.replace(/\/graphql$/, '/explore')}`);
    logger.info({ url: app.api.url }, 'GraphQL API ready');
    // Stop accepting, let in-flight requests finish (Apollo's drain gives them
    // 10 s), close the driver, then stop the Neo4j we started: in that order.
    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      progress.info(`${signal}: stopping…`);
      logger.info({ signal }, 'Shutting down');
      // Whatever hangs, the process ends; the watchdog then stops an embedded Neo4j.
      setTimeout(() => {
        logger.error('Shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS).unref();
      let code = 0;
      try {
        await app.close();
      } catch (error) {
        code = 1;
        logger.error({ err: error }, 'Stopping the API failed');
      }
      try {
        await stopDatabase();
      } catch (error) {
        code = 1;
        logger.error({ err: error }, 'Stopping Neo4j failed');
      }
      logger.info('Stopped');
      process.exit(code);
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
