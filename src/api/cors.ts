import cors from 'cors';
import type { Express } from 'express';

/** The routes a visualisation client on another origin may call. */
const CORS_ROUTES = ['/graphql', '/export'];

/**
 * The origins allowed by `CORS_ORIGINS`: comma-separated origins
 * (`https://app.example.org,http://localhost:5173`) or `*` for any. Unset or
 * empty: none (same-origin only). A value that is not an origin is refused
 * at start-up, naming it.
 */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | '*' {
  const raw = (env.CORS_ORIGINS ?? '').trim();
  if (raw === '') return [];
  if (raw === '*') return '*';
  return raw.split(',').map((entry) => {
    const origin = entry.trim().replace(/\/$/, '');
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin || origin.includes('*')) {
      throw new Error(`CORS_ORIGINS: "${entry.trim()}" is not an origin (scheme://host[:port], no path), nor "*"`);
    }
    return origin;
  });
}

/**
 * Answers CORS (preflights included, before any key is checked, as browsers
 * send none with them) on /graphql and /export for the allowed origins.
 * Credentials (cookies) are never allowed: keys go in the Authorization header.
 */
export function mountCors(app: Express, origins: string[] | '*' = corsOriginsFromEnv()): void {
  if (origins !== '*' && origins.length === 0) return;
  app.use(
    CORS_ROUTES,
    cors({
      origin: origins === '*' ? '*' : origins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'content-disposition'],
      maxAge: 600,
    }),
  );
}
