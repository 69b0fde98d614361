import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Database } from '../neo4j/database';
import { plain } from '../neo4j/values';
import { HTTP_STATUS, ResearchError } from './errors';
import { checkParamsObject } from './params';
import { type ResearchCypherOptions, researchOptionsFromEnv } from './options';
import { runQuery } from './runQuery';

const MAX_QUERY_LENGTH = 20_000;

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Compares digests in constant time, so the key cannot be guessed a byte at a time. */
function keyMatches(header: string | undefined, key: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1].trim();
  return given !== undefined && timingSafeEqual(digest(given), digest(key));
}

function sendError(res: Response, error: ResearchError): void {
  if (error.code === 'UNAUTHORIZED') res.set('WWW-Authenticate', 'Bearer realm="research"');
  if (error.retryAfterSeconds !== undefined) res.set('Retry-After', String(error.retryAfterSeconds));
  res.status(HTTP_STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
}

/**
 * POST /cypher {query, params}: read-only Cypher for researchers who cannot
 * reach Bolt. Off (404, as if absent) unless RESEARCH_API_KEY is set; callers
 * send `Authorization: Bearer <key>`. Each query runs in a READ transaction
 * (Neo4j refuses writes there) after the guard of readOnlyGuard.ts (read
 * queries and listed procedures only), under a timeout Neo4j and the API's
 * own clock both enforce, a memory limit per transaction (the server's
 * db.memory.transaction.max) and a row and a byte cap. A bearer header is no cookie, so a browser
 * cannot be made to send it cross-site: no CSRF exposure.
 */
export function mountResearchCypher(app: Express, db: Database, options: ResearchCypherOptions = researchOptionsFromEnv()): void {
  const { apiKey } = options;
  if (!apiKey) return;
  const router = express.Router();
  router.use((req, res, next) => {
    if (keyMatches(req.get('authorization'), apiKey)) return next();
    sendError(res, new ResearchError('UNAUTHORIZED', 'A valid research key is required: send "Authorization: Bearer <key>".'));
  });
  router.post('/', express.json({ limit: '100kb' }), async (req: Request, res: Response) => {
    try {
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ResearchError('BAD_REQUEST', 'Send a JSON object {"query": "<Cypher>", "params": {…}} with Content-Type: application/json.');
      }
      const { query, params } = body as { query?: unknown; params?: unknown };
      if (typeof query !== 'string' || query.trim() === '') throw new ResearchError('BAD_REQUEST', '"query" must be a non-empty string of Cypher.');
      if (query.length > MAX_QUERY_LENGTH) throw new ResearchError('BAD_REQUEST', `"query" is longer than ${MAX_QUERY_LENGTH} characters.`);
      const outcome = await runQuery(db, query, checkParamsObject(params), {
        timeoutMs: options.timeoutMs,
        maxRows: options.maxRows,
        maxBytes: options.maxBytes,
        paramHint: (names) => `add ${names.map((n) => `"${n}"`).join(', ') || 'it'} to "params"`,
      });
      res.json({
        columns: outcome.columns,
        rows: outcome.rows.map((row) => plain(row)),
        rowCount: outcome.rows.length,
        truncated: outcome.truncated,
        ...(outcome.truncatedBy ? { truncatedBy: outcome.truncatedBy } : {}),
        elapsedMs: outcome.elapsedMs,
      });
    } catch (error) {
      // What went wrong inside stays in the server's log.
      const internal = !(error instanceof ResearchError) || error.code === 'INTERNAL';
      if (internal) console.error(error);
      sendError(res, internal ? new ResearchError('INTERNAL', 'Internal server error.') : error);
    }
  });
  // Malformed JSON and oversized bodies, from express.json().
  router.use((error: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = error.status === 413;
    res.status(tooLarge ? 413 : 400).json({
      error: { code: 'BAD_REQUEST', message: tooLarge ? 'The request body is larger than 100 kB.' : 'The request body is not valid JSON.' },
    });
  });
  app.use('/cypher', router);
}
