import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The process's structured log: one JSON object per line on stdout. LOG_LEVEL
 * sets the level (default `info`; `silent` under jest, unless LOG_LEVEL says
 * otherwise). Credentials never reach it: Authorization headers are redacted.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const level = env.LOG_LEVEL || (env.NODE_ENV === 'test' || env.JEST_WORKER_ID ? 'silent' : 'info');
  if (level !== 'silent' && !(level in pino.levels.values)) {
    throw new Error(`LOG_LEVEL must be one of ${Object.keys(pino.levels.values).join(', ')} or silent, got "${level}"`);
  }
  return pino(
    {
      level,
      base: { service: 'pow-exchange-graph' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}

export const logger: Logger = createLogger();
