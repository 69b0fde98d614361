import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Which requests get a log line (LOG_REQUESTS_SAMPLE, LOG_SLOW_MS). */
export interface RequestLogging {
  /** Share of ordinary answers logged, 0–1: 1 logs every one; under heavy load a line per request costs as much as the request. */
  sample: number;
  /** An answer slower than this (ms) is always logged, sampled or not. */
  slowMs: number;
}

/** Every line outside production; in production one ordinary answer in 100, and every failure and slow one. */
export function requestLoggingFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLogging {
  const sample = env.LOG_REQUESTS_SAMPLE?.trim() ? Number(env.LOG_REQUESTS_SAMPLE) : env.NODE_ENV === 'production' ? 0.01 : 1;
  if (!(sample >= 0 && sample <= 1)) throw new Error(`LOG_REQUESTS_SAMPLE must be a share between 0 and 1, got "${env.LOG_REQUESTS_SAMPLE}"`);
  const slowMs = env.LOG_SLOW_MS?.trim() ? Number(env.LOG_SLOW_MS) : 1_000;
  if (!Number.isSafeInteger(slowMs) || slowMs < 0) throw new Error(`LOG_SLOW_MS must be a whole number of milliseconds, got "${env.LOG_SLOW_MS}"`);
  return { sample, slowMs };
}

/** A client's own request id is kept if it looks like one; otherwise we make one. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Probes would drown the rest. */
const UNLOGGED = new Set(['/health', '/ready']);

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id, also sent back as x-request-id and logged as req.id. */
    id: string;
  }
}

/**
 * Gives every request an id (x-request-id) and logs it once answered, as one
 * JSON line (`request completed`, or `request failed` for a 5xx or a
 * dropped connection). The line is built only when it is written: failures
 * and slow answers always, the others by `sample`. The logger's redaction
 * keeps credentials out.
 */
export function requestLog(logger: Logger, logging: RequestLogging) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.headers['x-request-id'];
    req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', req.id);
    if (UNLOGGED.has(req.path)) {
      next();
      return;
    }
    const began = performance.now();
    const done = (): void => {
      res.off('finish', done);
      res.off('close', done);
      const responseTime = Math.round(performance.now() - began);
      const failed = res.statusCode >= 500 || !res.writableFinished;
      if (!failed && responseTime < logging.slowMs && !(Math.random() < logging.sample)) return;
      const line = {
        req: { id: req.id, method: req.method, url: req.originalUrl, headers: req.headers, remoteAddress: req.socket.remoteAddress },
        res: { statusCode: res.statusCode },
        responseTime,
        ...(failed || responseTime >= logging.slowMs ? {} : { sampled: logging.sample }),
      };
      if (failed) logger.error(line, res.writableFinished ? 'request failed' : 'request aborted');
      else logger.info(line, 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
