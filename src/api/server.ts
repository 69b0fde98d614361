import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { mountExplorer } from '../explore/explorer';
import { mountLanding } from '../explore/landing';
import { mountGraphiQL } from '../explore/graphiql';
import { mountExport } from '../export/http';
import { logger as defaultLogger } from '../log';
import type { Database } from '../neo4j/database';
import { mountResearchCypher } from '../research/cypherRoute';
import type { ResearchCypherOptions } from '../research/options';
import { type Credentials, accessOf, credentialsFromEnv, mutationGuard, requireReadAccess } from './auth';
import { ClientShares, clientOf } from './clients';
import { type Context, requestContext } from './context';
import { mountCors } from './cors';
import { formatErrorFor } from './errors';
import { type DatabaseSupervision, mountHealth } from './health';
import { costPlugin, validationLimits } from './limits';
import { LIMIT_VARIABLES, type Limits, limitsFromEnv } from './limitSettings';
import { type RequestLogging, requestLog, requestLoggingFromEnv } from './requestLog';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';
import { statusPlugin } from './status';
import { type Traffic, rateLimiter, trafficFromEnv } from './traffic';

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
        response.body.singleResult.extensions ??= {};
        const extensions = response.body.singleResult.extensions;
        extensions.roundTrips = contextValue.stats.roundTrips;
        if (contextValue.warnings.length > 0) extensions.warnings = contextValue.warnings;
      },
    };
  },
};

export interface ApiOptions {
  limits: Limits;
  credentials: Credentials;
  traffic: Traffic;
  logger: Logger;
  /** The owner of the project's Neo4j, whose restarts /ready reports. */
  supervision: DatabaseSupervision;
  /** POST /cypher's key and bounds (RESEARCH_* variables otherwise). */
  research: ResearchCypherOptions;
  /** Which requests are logged (LOG_REQUESTS_SAMPLE, LOG_SLOW_MS otherwise). */
  requestLogging: RequestLogging;
}

/** A request whose headers or body stall is cut: no client holds a socket for minutes. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Security headers (helmet) on every answer; the HTML pages (GraphiQL, the
 * explorer) load only their own scripts, cannot be framed, and talk only to
 * this origin. Styles may be inline: GraphiQL and Cytoscape set them.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // The API is called cross-origin by design (exports, GraphQL clients): CORS says who, not CORP.
  crossOriginResourcePolicy: false,
  crossOriginEmbedderPolicy: false,
});

/** Body parser failures (too large, not JSON, odd charset) as JSON in the shape of a GraphQL error, never an HTML page. */
function bodyErrors(limits: Limits) {
  return (error: Error & { status?: number; type?: string; length?: number }, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent || !error.type) {
      next(error);
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    const [message, code, extra] =
      error.type === 'entity.too.large'
        ? [
            `Request body limit of ${limits.maxBodyBytes} bytes exceeded (${LIMIT_VARIABLES.maxBodyBytes}).`,
            'PAYLOAD_TOO_LARGE',
            { limit: { name: 'bodySize', max: limits.maxBodyBytes, ...(error.length ? { found: error.length } : {}) } },
          ]
        : error.type === 'entity.parse.failed'
          ? ['The request body is not valid JSON.', 'BAD_REQUEST', {}]
          : [`The request body could not be read (${error.type}).`, 'BAD_REQUEST', {}];
    res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
  };
}

export async function startApi(db: Database, host: string, port: number, options: Partial<ApiOptions> = {}): Promise<Api> {
  const limits = options.limits ?? limitsFromEnv();
  const credentials = options.credentials ?? credentialsFromEnv();
  const traffic = options.traffic ?? trafficFromEnv();
  const logger = options.logger ?? defaultLogger;
  const shares = new ClientShares(traffic.clientConnections);
  const app = express();
  const httpServer = http.createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, app);
  const apollo = new ApolloServer<Context>({
    typeDefs: typeDefs(),
    resolvers,
    formatError: formatErrorFor(limits),
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it stops the API, then the database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Automatic persisted queries would let clients fill a server cache; nothing here needs them.
    persistedQueries: false,
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.fieldSuggestions,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: validationLimits(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      extensionsPlugin,
      mutationGuard(credentials),
      costPlugin(limits),
      statusPlugin,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // An ETag is a hash of every answer's body: GraphQL answers to POSTs are never revalidated.
  app.set('etag', false);
  app.use(securityHeaders);
  // An id per request (x-request-id); a JSON log line for failures, slow answers and a sample of the rest.
  app.use(requestLog(logger, options.requestLogging ?? requestLoggingFromEnv()));
  mountHealth(app, db, options.supervision);
  mountCors(app); // CORS_ORIGINS: other origins that may call /graphql and /export (none by default)
  app.use(['/graphql', '/cypher', '/export'], rateLimiter(traffic));

  // Browser tools: the offline GraphQL IDE (before Apollo's /graphql), the explorer, the exports.
  mountLanding(app);
  mountGraphiQL(app);
  mountExplorer(app);
  app.use('/export', requireReadAccess(credentials)); // the same graph as GraphQL: the same key
  mountExport(app, db.inLane('export'));
  mountResearchCypher(app, db.inLane('research'), options.research); // POST /cypher, only with a research key
  app.use(
    '/graphql',
    requireReadAccess(credentials),
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const client = clientOf(req);
        res.once('close', () => shares.prune(client));
        return requestContext(db, { access: accessOf(req.get('authorization'), credentials), timeoutMs: limits.timeoutMs, share: shares.of(client) });
      },
    }),
  );
  app.use('/graphql', bodyErrors(limits));
  // Whatever else fails: JSON, never a stack.
  app.use((error: Error & { status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, reqId: req.id }, 'Unhandled error');
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : error.message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

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
