import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Database } from '../neo4j/database';
import type { Context } from './context';
import { formatError } from './errors';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export interface Api {
  url: string;
  close(): Promise<void>;
}

/** Reports each operation's warnings and Cypher round trips in `extensions`. */
const extensionsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const extensions = (response.body.singleResult.extensions ??= {});
        extensions.roundTrips = contextValue.stats.roundTrips;
        if (contextValue.warnings.length > 0) extensions.warnings = contextValue.warnings;
      },
    };
  },
};

export async function startApi(db: Database, host: string, port: number): Promise<Api> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: typeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it stops the API, then the database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), extensionsPlugin],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async (): Promise<Context> => {
        const stats = { roundTrips: 0 };
        return { db: db.observed(() => void stats.roundTrips++), warnings: [], stats };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/graphql`,
    close: () => apollo.stop(),
  };
}
