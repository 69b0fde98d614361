import type { Writable } from 'node:stream';
import type { Database, Params, Row } from '../neo4j/database';
import { plain, toCypher } from '../neo4j/values';
import type { Sink } from './model';

/** Runs one query of a streaming read, handing each row on as it arrives. */
export type RowStream = (cypher: string, params: Params, onRow: (row: Row) => Promise<void>) => Promise<void>;

/** Raised when a read fails after rows were handed on: those cannot be taken back, so no retry. */
class StreamBroken extends Error {}

/** An export is a batch job, not an API request: it may take minutes on a large graph or a busy server. */
export const EXPORT_TIMEOUT_MS = 10 * 60_000;
/** An export that gets no row from Neo4j for this long is given up (a frozen or partitioned server). */
export const EXPORT_IDLE_MS = 15_000;

/**
 * Streams queries in one read transaction: rows flow to the caller as the
 * driver pulls them, and a caller that awaits a slow destination holds the
 * driver back (its async iterator pauses fetching), so the graph is never
 * held in memory. A managed transaction retries transient failures, but only
 * while nothing has been handed on.
 */
export async function streamRead(db: Database, work: (stream: RowStream) => Promise<void>): Promise<void> {
  let handedOn = false;
  await db.session({ mode: 'READ', limitMs: EXPORT_TIMEOUT_MS, idleMs: EXPORT_IDLE_MS }, (session, touch) =>
    session.executeRead(
      async (tx) => {
        try {
          await work(async (cypher, params, onRow) => {
            for await (const record of tx.run(cypher, toCypher(params) as Params)) {
              handedOn = true;
              await onRow(plain(record.toObject()) as Row);
              // A slow reader is progress too: only Neo4j's silence counts against the idle limit.
              touch();
            }
          });
        } catch (error) {
          throw handedOn && !(error instanceof StreamBroken) ? new StreamBroken('The export broke off midway', { cause: error }) : error;
        }
      },
      { timeout: EXPORT_TIMEOUT_MS },
    ),
  );
}

/** All rows of a small query (an export's column list) inside a streaming read. */
export async function collectRows(stream: RowStream, cypher: string, params: Params): Promise<Row[]> {
  const rows: Row[] = [];
  await stream(cypher, params, async (row) => void rows.push(row));
  return rows;
}

/**
 * A sink over a Node stream that honours back-pressure (waits for `drain`)
 * and fails as soon as the destination goes away (a client that hangs up),
 * which aborts the read.
 */
export function writableSink(out: Writable): Sink {
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (out.destroyed || out.writableEnded) return reject(new Error('The destination was closed'));
      if (out.write(chunk)) return resolve();
      const cleanup = (): void => {
        out.off('drain', onDrain);
        out.off('close', onClose);
        out.off('error', onClose);
      };
      const onDrain = (): void => {
        cleanup();
        resolve();
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error('The destination was closed'));
      };
      out.on('drain', onDrain);
      out.on('close', onClose);
      out.on('error', onClose);
    });
}
