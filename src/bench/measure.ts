import autocannon from 'autocannon';
import { rssMb } from './servers';

export interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers holding GraphQL errors (in a 200 or not), other non-2xx answers, socket errors, timeouts. */
  errors: number;
  /** Of which answered with a status other than 2xx. */
  non2xx: number;
  /** Largest resident memory of the server seen during the run (MB). */
  maxRssMb?: number;
}

/** A GraphQL error inside a 200: `"errors":[` never occurs in the data of these operations. */
const ERRORS = Buffer.from('"errors":[');

/** Loads one server with one operation at one concurrency for `seconds`. */
export async function measure(url: string, body: string, connections: number, seconds: number, pid: number): Promise<Figures> {
  let bodyErrors = 0;
  let maxRss = rssMb(pid);
  const sampler = setInterval(() => {
    const rss = rssMb(pid);
    if (rss !== undefined && (maxRss === undefined || rss > maxRss)) maxRss = rss;
  }, 250);
  try {
    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration: seconds,
      timeout: 30,
      setupClient(client) {
        client.on('body', (chunk: Buffer) => {
          if (chunk.includes(ERRORS)) bodyErrors++;
        });
      },
    });
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      // Error answers carry an `errors` body whatever their status: count each answer once.
      errors: Math.max(bodyErrors, result.non2xx) + result.errors + result.timeouts,
      non2xx: result.non2xx,
      maxRssMb: maxRss,
    };
  } finally {
    clearInterval(sampler);
  }
}
