import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { clientOf } from './clients';
import { GRAPHQL_RESPONSE_TYPE } from './status';

/** How much one client may ask of the API (by key, else by address). */
export interface Traffic {
  /** Requests per minute to /graphql, /cypher and /export together; 0 turns the limit off (RATE_LIMIT_PER_MINUTE). */
  requestsPerMinute: number;
  /** Neo4j connections one client's requests may hold at once; more wait their turn (CLIENT_MAX_CONNECTIONS). */
  clientConnections: number;
}

export const DEFAULT_TRAFFIC: Traffic = { requestsPerMinute: 600, clientConnections: 8 };

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}

export function trafficFromEnv(env: NodeJS.ProcessEnv = process.env): Traffic {
  return {
    requestsPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_TRAFFIC.requestsPerMinute, 0),
    clientConnections: wholeNumber(env, 'CLIENT_MAX_CONNECTIONS', DEFAULT_TRAFFIC.clientConnections, 1),
  };
}

/** The refusal, in the shape each entry answers in. */
function refuse(req: Request, res: Response, message: string, retryAfterSeconds: number): void {
  res.status(429);
  if (req.baseUrl === '/graphql') {
    res.type(GRAPHQL_RESPONSE_TYPE).send(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] }));
  } else if (req.baseUrl === '/cypher') {
    res.json({ error: { code: 'RATE_LIMITED', message } });
  } else {
    res.json({ error: message, code: 'RATE_LIMITED' });
  }
}

/**
 * 429 with Retry-After once a client has sent `requestsPerMinute` requests
 * in the current minute (RateLimit headers tell every client where it
 * stands). One budget across GraphQL, /cypher and /export.
 */
export function rateLimiter(traffic: Traffic): RequestHandler {
  if (traffic.requestsPerMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: traffic.requestsPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: clientOf,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const wait = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      res.set('Retry-After', String(wait));
      refuse(req, res, `Rate limit of ${traffic.requestsPerMinute} requests a minute exceeded (RATE_LIMIT_PER_MINUTE); try again in ${wait} s.`, wait);
    },
  });
}
