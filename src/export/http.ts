import type { Express, Request, Response } from 'express';
import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Database } from '../neo4j/database';
import { FAILURE_STATUS, failureOf, retryAfterOf } from '../neo4j/failures';
import { CSV_CONTENT_TYPE, CSV_FILES, FILE_FORMATS } from './formats';
import type { GraphWriter, Sink } from './model';
import { exportGraph } from './read';
import { scopeFrom } from './scope';
import { writableSink } from './stream';

/**
 * GET /export/graph.graphml, graph.gexf, graph.cyjs, nodes.csv, edges.csv:
 * the whole graph, or with `?id=…[&depth=…&limit=…]` a neighbourhood;
 * `types=Exchange,State` keeps those labels. Streamed as it is read.
 */
export function mountExport(app: Express, db: Database): void {
  app.use('/export', exportRouter(db));
}

export function exportRouter(db: Database): Router {
  const router = Router();
  const files: [string, string, (sink: Sink) => GraphWriter][] = [
    ...Object.values(FILE_FORMATS).map((f) => [f.file, f.contentType, f.writer] as [string, string, (sink: Sink) => GraphWriter]),
    ...Object.entries(CSV_FILES).map(([file, writer]) => [file, CSV_CONTENT_TYPE, writer] as [string, string, (sink: Sink) => GraphWriter]),
  ];
  for (const [file, contentType, writer] of files) {
    router.get(`/${file}`, (req, res) => void send(db, req, res, file, contentType, writer));
  }
  router.get('/', (_req, res) => {
    res.json({ files: files.map(([file]) => `/export/${file}`), options: ['id', 'depth (1-3)', 'limit (1-500)', 'types (comma-separated labels)'] });
  });
  return router;
}

async function send(db: Database, req: Request, res: Response, file: string, contentType: string, writer: (sink: Sink) => GraphWriter): Promise<void> {
  // Headers go out with the first chunk, so that a refusal found before it
  // (bad option, unknown id) can still be a clean 400/404.
  const body = writableSink(res);
  let started = false;
  const sink: Sink = (chunk) => {
    if (!started) {
      started = true;
      const name = typeof req.query.id === 'string' ? `${req.query.id.replace(/[^\w.-]/g, '_')}-${file}` : file;
      res.status(200).type(contentType).setHeader('content-disposition', `attachment; filename="${name}"`);
    }
    return body(chunk);
  };
  try {
    await exportGraph(db, scopeFrom(req.query), writer(sink));
    res.end();
  } catch (error) {
    if (started) {
      // Too late for a status: cut the response so that the client sees it incomplete.
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    const failure = failureOf(error);
    if (failure) {
      // 503 (with Retry-After) when Neo4j is away or full, 504 when it took too long.
      const retryAfter = retryAfterOf(error);
      if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
      const message = failure === 'timeout' ? 'The export ran out of time: Neo4j did not answer.' : 'The database is unavailable or busy; try again shortly.';
      res.status(FAILURE_STATUS[failure]).json({ error: message, code: failure === 'timeout' ? 'TIMEOUT' : failure === 'busy' ? 'SERVER_BUSY' : 'DATABASE_UNAVAILABLE' });
    } else if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') {
      res.status(code === 'NOT_FOUND' ? 404 : 400).json({ error: (error as GraphQLError).message, argument: (error as GraphQLError).extensions.argument });
    } else {
      console.error(error);
      res.status(500).json({ error: 'The export failed' });
    }
  }
}
