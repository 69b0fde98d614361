import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../neo4j/database';
import { SETUP } from './graph';

/** Long enough for a query a timed-out request left behind to reach its own transaction timeout. */
const MAX_WAIT_MS = 90_000;

/**
 * Waits until Neo4j runs no transaction but the one asking. A request that
 * timed out at the load generator leaves its query running in Neo4j until the
 * query's own timeout: without the wait, the next run (another server,
 * another operation) would pay for it. Returns the milliseconds waited.
 */
export async function untilIdle(db: Database): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < MAX_WAIT_MS) {
    const [row] = await db.read('SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running', {}, SETUP);
    if (Number(row.running) <= 1) break;
    await sleep(250);
  }
  return Date.now() - began;
}
