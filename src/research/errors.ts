import { Neo4jError } from 'neo4j-driver';
import { failureOf, retryAfterOf } from '../neo4j/failures';

export type ResearchErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'WRITE_REFUSED'
  | 'CYPHER_ERROR'
  | 'MISSING_PARAMETER'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'SERVER_BUSY'
  | 'INTERNAL';

/** HTTP status of each code, for POST /cypher. */
export const HTTP_STATUS: Record<ResearchErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  WRITE_REFUSED: 403,
  CYPHER_ERROR: 400,
  MISSING_PARAMETER: 400,
  // The database behind the API gave up on the query, as a gateway's upstream would.
  TIMEOUT: 504,
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  INTERNAL: 500,
};

/** A failure told in one sentence, the same on the command line and over HTTP. */
export class ResearchError extends Error {
  override name = 'ResearchError';

  constructor(
    readonly code: ResearchErrorCode,
    message: string,
    /** Seconds to wait before trying again, for the codes worth retrying. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface ErrorContext {
  /** The timeout the query ran under, to name it when it is hit. */
  timeoutMs: number;
  /** How this entry takes a parameter: `--param name=value` or `"params": {"name": …}`. */
  paramHint(names: string[]): string;
}

/** "Invalid input 'MATC': expected … (line 1, column 1 (offset: 0))" → its gist and place. */
export function syntaxMessage(message: string): string {
  const first = message.split('\n')[0];
  const where = /\(line (\d+), column (\d+)/.exec(first);
  const input = /^Invalid input '([^']*)'/.exec(first);
  const at = where && where[1] !== '0' ? ` at line ${where[1]}, column ${where[2]}` : '';
  if (input) return `Cypher syntax error: unexpected '${input[1]}'${at}.`;
  return `Cypher syntax error: ${first.replace(/\s*\(line \d+, column \d+.*$/, '')}${at}.`;
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(3)} s`;

/** Turns whatever a query run threw into a ResearchError with one clear sentence. */
export function describeError(error: unknown, context: ErrorContext): ResearchError {
  if (error instanceof ResearchError) return error;
  const failure = failureOf(error);
  const firstLineOf = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0].trim() : String(e));
  if (failure === 'timeout') return new ResearchError('TIMEOUT', `The query ran longer than ${seconds(context.timeoutMs)} and was stopped.`);
  if (failure === 'busy') return new ResearchError('SERVER_BUSY', firstLineOf(error), retryAfterOf(error));
  if (failure === 'unavailable') return new ResearchError('DATABASE_UNAVAILABLE', `Neo4j is not reachable (${firstLineOf(error)}).`, retryAfterOf(error));
  if (!(error instanceof Neo4jError)) {
    return new ResearchError('INTERNAL', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { code } = error;
  const firstLine = error.message.split('\n')[0].trim();
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/.test(code)) {
    return new ResearchError('CYPHER_ERROR', `The query needs more memory than one transaction may use and was stopped (${firstLine}).`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ResearchError('WRITE_REFUSED', `Refused: this entry is read-only and Neo4j stopped the query from writing (${firstLine}).`);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') return new ResearchError('CYPHER_ERROR', syntaxMessage(error.message));
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    const names = (/Expected parameter\(s\): (.*)$/.exec(firstLine)?.[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean);
    return new ResearchError(
      'MISSING_PARAMETER',
      `The query needs ${names.map((n) => `$${n}`).join(', ') || 'a parameter'}: ${context.paramHint(names)}.`,
    );
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new ResearchError('CYPHER_ERROR', `Neo4j refused the query: ${firstLine.replace(/\.$/, '')}.`);
  }
  return new ResearchError('INTERNAL', `Neo4j failed: ${firstLine}`);
}
