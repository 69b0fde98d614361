import neo4j, { type QueryResult, type Result } from 'neo4j-driver';
import type { Database } from '../neo4j/database';
import { type ErrorContext, describeError } from './errors';
import { toCypher } from '../neo4j/values';
import type { Params } from './params';
import { refuseWrites } from './readOnlyGuard';

export interface RunOptions {
  /** Server-side transaction timeout: Neo4j terminates the query past it. */
  timeoutMs: number;
  /** Rows kept; the rest are not fetched and `truncated` says so. */
  maxRows: number;
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
  elapsedMs: number;
  /** What a write changed ("3 nodes created"); empty for reads. */
  changes: string[];
}

/** Reads at most `maxRows` records off a streaming result, then lets the rest go. */
async function collect(result: Result, maxRows: number): Promise<Pick<QueryOutcome, 'columns' | 'rows' | 'truncated'>> {
  const columns = await result.keys();
  const rows: Record<string, unknown>[] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(record.toObject());
  }
  return { columns: columns as string[], rows, truncated };
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
  const session = db.driver.session({
    database: db.name,
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    if (options.write) {
      const result = session.run(query, cypherParams, { timeout: options.timeoutMs });
      const collected = await collect(result, options.maxRows);
      const { counters } = await result.summary();
      return { ...collected, elapsedMs: Date.now() - began, changes: describeChanges(counters) };
    }
    const collected = await session.executeRead(
      async (tx) => {
        await refuseWrites(tx, query, cypherParams);
        return collect(tx.run(query, cypherParams), options.maxRows);
      },
      { timeout: options.timeoutMs },
    );
    return { ...collected, elapsedMs: Date.now() - began, changes: [] };
  } catch (error) {
    throw describeError(error, { timeoutMs: options.timeoutMs, paramHint: options.paramHint });
  } finally {
    await session.close();
  }
}
