import type { QueryResult, Result } from 'neo4j-driver';
import { ABORT_GRACE_MS, type Database } from '../neo4j/database';
import { type ErrorContext, describeError } from './errors';
import { plain, toCypher } from '../neo4j/values';
import type { Params } from './params';
import { refuseWrites } from './readOnlyGuard';

export interface RunOptions {
  /** Server-side transaction timeout: Neo4j terminates the query past it. */
  timeoutMs: number;
  /** Rows kept; the rest are not fetched and `truncated` says so. */
  maxRows: number;
  /** Bytes of rows (as JSON) kept, the same way (unbounded when absent: the CLI prints to its own user). */
  maxBytes?: number;
  /** Allow writes (the CLI's --write). Off: a READ transaction plus the plan guard. */
  write?: boolean;
  /** How the caller's users pass a parameter, for the "missing parameter" message. */
  paramHint: ErrorContext['paramHint'];
}

export interface QueryOutcome {
  columns: string[];
  /** Values as the driver returns them (nodes, dates…); see values.ts plain() for JSON. */
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Which cap cut the answer, when one did. */
  truncatedBy?: 'rows' | 'bytes';
  elapsedMs: number;
  /** What a write changed ("3 nodes created"); empty for reads. */
  changes: string[];
}

/** Rows the driver pulls per round trip: with the byte cap, what one batch of huge rows can weigh. */
const FETCH_SIZE = 20;

/** A row's weight as the client will get it (JSON of its plain values). */
const bytesOf = (row: Record<string, unknown>): number => Buffer.byteLength(JSON.stringify(plain(row)));

type Collected = Pick<QueryOutcome, 'columns' | 'rows' | 'truncated' | 'truncatedBy'>;

/**
 * Reads records off a streaming result until the row or byte cap, then lets
 * the rest go (never fetched); each record counts as progress for the idle
 * deadline.
 */
async function collect(result: Result, options: RunOptions, touch: () => void): Promise<Collected> {
  const columns = await result.keys();
  const rows: Record<string, unknown>[] = [];
  let bytes = 0;
  for await (const record of result) {
    touch();
    if (rows.length === options.maxRows) return { columns: columns as string[], rows, truncated: true, truncatedBy: 'rows' };
    const row = record.toObject();
    bytes += options.maxBytes === undefined ? 0 : bytesOf(row);
    if (options.maxBytes !== undefined && bytes > options.maxBytes) return { columns: columns as string[], rows, truncated: true, truncatedBy: 'bytes' };
    rows.push(row);
  }
  return { columns: columns as string[], rows, truncated: false };
}

function describeChanges(counters: QueryResult['summary']['counters']): string[] {
  const updates = counters.updates() as unknown as Record<string, number>;
  const changes = Object.entries(updates)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${what.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${n}`);
  const system = counters.systemUpdates();
  return system > 0 ? [...changes, `system updates: ${system}`] : changes;
}

/**
 * Runs a researcher's query. Read-only (the default): a READ access-mode
 * transaction, which Neo4j itself keeps from writing, after the plan guard
 * (readOnlyGuard.ts). With `write`: an auto-commit transaction, so that
 * schema commands and CALL { … } IN TRANSACTIONS work as in cypher-shell.
 */
export async function runQuery(db: Database, query: string, params: Params, options: RunOptions): Promise<QueryOutcome> {
  const began = Date.now();
  const cypherParams = toCypher(params) as Params;
  // The API's own clock ends the wait even when Neo4j, frozen, never reports its timeout.
  const session = { mode: options.write ? 'WRITE' : 'READ', limitMs: options.timeoutMs + ABORT_GRACE_MS, fetchSize: FETCH_SIZE } as const;
  try {
    if (options.write) {
      return await db.session(session, async (s, touch) => {
        const result = s.run(query, cypherParams, { timeout: options.timeoutMs });
        const collected = await collect(result, options, touch);
        const { counters } = await result.summary();
        return { ...collected, elapsedMs: Date.now() - began, changes: describeChanges(counters) };
      });
    }
    const collected = await db.session(session, (s, touch) =>
      s.executeRead(
        async (tx) => {
          await refuseWrites(tx, query, cypherParams);
          return collect(tx.run(query, cypherParams), options, touch);
        },
        { timeout: options.timeoutMs },
      ),
    );
    return { ...collected, elapsedMs: Date.now() - began, changes: [] };
  } catch (error) {
    throw describeError(error, { timeoutMs: options.timeoutMs, paramHint: options.paramHint });
  }
}
