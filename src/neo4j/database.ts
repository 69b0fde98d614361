import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { DeadlineExceeded } from './failures';
import { LANE_WAIT_MS, type Lane, type Lanes, POOL_SIZE, type Semaphore, createLanes } from './lanes';
import { plain, toCypher } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Server-side transaction timeout; Neo4j terminates the transaction past it. */
  timeoutMs?: number;
}

/** Observes every query sent to Neo4j: the API counts round trips with it. */
export type QueryListener = (cypher: string) => void;

export interface SessionOptions {
  mode: 'READ' | 'WRITE';
  /** Time the work may take, on the API's clock; past it the caller gets DeadlineExceeded. */
  limitMs?: number;
  /** Time allowed without progress (see `touch`); for long streams that must keep moving. */
  idleMs?: number;
  /** Rows the driver fetches per round trip (default 1,000): less bounds what one batch can hold. */
  fetchSize?: number;
}

const DEFAULT_READ_TIMEOUT_MS = 10_000;
/** Neo4j checks its transaction timeout every so often: give it that long to report its own TIMEOUT first. */
export const ABORT_GRACE_MS = 1_000;
/** A write a request started (reloadSeeds) is not cut at the read limit, but not left hanging either. */
const REQUEST_WRITE_LIMIT_MS = 120_000;

export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    // The lanes (lanes.ts) hand out exactly this many places, so the pool is never what runs out.
    maxConnectionPoolSize: POOL_SIZE,
    // Fail fast when Neo4j is away rather than queueing for the default 60 s.
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 2_000,
    // A managed transaction retries after ~1 s (0.8–1.2 s with jitter) and again
    // only while less than this has passed since the first failure: under 0.8 s
    // means one retry at most, so a request fails within ~1.3 s when Neo4j is
    // gone (refused connections fail at once) instead of retrying for seconds.
    maxTransactionRetryTime: 500,
    userAgent: 'pow-exchange-graph',
  });
}

interface Scope {
  listener?: QueryListener;
  /** Epoch ms by which every read must be done (an API operation's timeout). */
  deadline?: number;
  /** How long past a read's timeout the API waits for Neo4j to report it itself. */
  graceMs?: number;
  lane: Lane;
  /** The calling client's own share, held beside the lane's. */
  client?: Semaphore;
}

/**
 * The one way the code talks to Neo4j: managed transactions (so transient
 * errors are retried), values only as `$parameters`, reads in READ mode, and
 * every session under a deadline of the API's own (Neo4j's transaction
 * timeout ends the work on the server; the API's clock ends the wait even
 * when Neo4j is frozen and answers nothing) and inside its lane's share.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string | undefined,
    private readonly lanes: Lanes = createLanes(),
    private readonly scope: Scope = { lane: 'graphql' },
  ) {}

  private with(change: Partial<Scope>): Database {
    return new Database(this.driver, this.name, this.lanes, { ...this.scope, ...change });
  }

  /** The same database, with every query also reported to `listener`. */
  observed(listener: QueryListener): Database {
    const outer = this.scope.listener;
    return this.with({
      listener: (cypher) => {
        outer?.(cypher);
        listener(cypher);
      },
    });
  }

  /**
   * The same database, with each read's transaction timeout set to what is
   * left until `deadline`: Neo4j then stops the work of an operation that
   * runs out of time, and the API stops waiting at the deadline too.
   */
  withDeadline(deadline: number, graceMs = ABORT_GRACE_MS): Database {
    return this.with({ deadline, graceMs });
  }

  /** The same database, its sessions counted in `lane`'s share of the pool. */
  inLane(lane: Lane): Database {
    return this.with({ lane });
  }

  /** The same database, its sessions also counted in one client's share. */
  forClient(share: Semaphore): Database {
    return this.with({ client: share });
  }

  /** Places in use per lane, for /ready and the logs. */
  laneUse(): Record<Lane, { inUse: number; size: number }> {
    return Object.fromEntries(Object.entries(this.lanes).map(([lane, s]) => [lane, { inUse: s.inUse, size: s.size }])) as Record<
      Lane,
      { inUse: number; size: number }
    >;
  }

  async read(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    const timeout = options.timeoutMs ?? this.readTimeout();
    const result = await this.session({ mode: 'READ', limitMs: timeout + (this.scope.graceMs ?? ABORT_GRACE_MS) }, (session) =>
      session.executeRead((tx) => this.run(tx, cypher, params), { timeout }),
    );
    return rows(result);
  }

  async write(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    const result = await this.writing(options, (tx) => this.run(tx, cypher, params));
    return rows(result);
  }

  /** Several statements in one write transaction: all of them land or none. */
  async writeAll(statements: { cypher: string; params?: Params }[], options: QueryOptions = {}): Promise<void> {
    await this.writing(options, async (tx) => {
      for (const s of statements) await this.run(tx, s.cypher, s.params ?? {});
    });
  }

  /**
   * An auto-commit statement: what schema commands (which cannot share a
   * transaction with data) and `CALL { … } IN TRANSACTIONS` (which opens its
   * own) need.
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    await this.session({ mode: 'WRITE', limitMs: this.writeLimit(undefined) }, async (session) => {
      this.scope.listener?.(cypher);
      await session.run(cypher, toCypher(params) as Params);
    });
  }

  /**
   * Runs `work` on a session of its own once its lane (and client) have a
   * place, and gives up with DeadlineExceeded at `limitMs` or after `idleMs`
   * without a `touch()`, whatever Neo4j does. A session given up on is closed
   * in the background and keeps its place until Neo4j lets it go: a frozen
   * server fills the lane, and later work is refused as busy, not queued.
   */
  async session<T>(options: SessionOptions, work: (session: Session, touch: () => void) => Promise<T>): Promise<T> {
    const limitMs = options.limitMs ?? (this.scope.deadline !== undefined ? this.scope.deadline - Date.now() : undefined);
    if (limitMs !== undefined && limitMs <= 0) throw new DeadlineExceeded('The operation ran out of time before this query.');
    // A client's own work queues behind itself for as long as it has time, and
    // only then waits (briefly) for its lane: it never holds a lane place while
    // it waits for its turn.
    const began = Date.now();
    const releaseClient = await this.scope.client?.acquire(limitMs ?? LANE_WAIT_MS);
    let releaseLane: () => void;
    try {
      const left = limitMs === undefined ? undefined : limitMs - (Date.now() - began);
      if (left !== undefined && left <= 0) throw new DeadlineExceeded('The operation ran out of time waiting for its turn.');
      releaseLane = await this.lanes[this.scope.lane].acquire(Math.min(LANE_WAIT_MS, left ?? LANE_WAIT_MS));
    } catch (error) {
      releaseClient?.();
      throw error;
    }
    const session = this.driver.session({
      database: this.name,
      // READ sessions go to the readers of a cluster (neo4j:// or neo4j+s://), WRITE ones to the leader.
      defaultAccessMode: options.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Every session of the process starts after the last write it saw committed: a read
      // routed to a reader that lags behind waits until it has that write (causal consistency).
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
    });
    const close = (): Promise<void> =>
      session
        .close()
        .catch(() => undefined)
        .finally(() => {
          releaseClient?.();
          releaseLane();
        });
    let abandoned = false;
    try {
      const left = limitMs === undefined ? undefined : Math.max(1, limitMs - (Date.now() - began));
      return await withinTime((touch) => work(session, touch), left, options.idleMs);
    } catch (error) {
      abandoned = error instanceof DeadlineExceeded;
      throw error;
    } finally {
      // Closing waits for Neo4j to end the transaction; a frozen one never does.
      if (abandoned) void close();
      else await close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private writing<T>(options: QueryOptions, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inLane(this.scope.lane === 'graphql' ? 'write' : this.scope.lane).session(
      { mode: 'WRITE', limitMs: this.writeLimit(options.timeoutMs) },
      (session) => session.executeWrite(work, { timeout: options.timeoutMs }),
    );
  }

  /** Writes outside a request (the loader, the CLI) run as long as they need; a request's are bounded. */
  private writeLimit(timeoutMs: number | undefined): number | undefined {
    if (timeoutMs !== undefined) return timeoutMs + ABORT_GRACE_MS;
    return this.scope.deadline === undefined ? undefined : REQUEST_WRITE_LIMIT_MS;
  }

  private readTimeout(): number {
    if (this.scope.deadline === undefined) return DEFAULT_READ_TIMEOUT_MS;
    const left = this.scope.deadline - Date.now();
    // Neo4j reads a timeout of 0 as "none": an exhausted budget must not become unlimited.
    if (left <= 0) throw new DeadlineExceeded('The operation ran out of time before this read.');
    return left;
  }

  private run(tx: ManagedTransaction, cypher: string, params: Params): Promise<QueryResult> {
    this.scope.listener?.(cypher);
    return tx.run(cypher, toCypher(params) as Params);
  }
}

/**
 * `work`, or DeadlineExceeded once `limitMs` has passed (or `idleMs` since
 * the last touch), whichever comes first. The work is not stopped (only its
 * session's closing can do that); its late outcome is ignored.
 */
function withinTime<T>(work: (touch: () => void) => Promise<T>, limitMs: number | undefined, idleMs: number | undefined): Promise<T> {
  if (limitMs === undefined && idleMs === undefined) return work(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    let idle: NodeJS.Timeout | undefined;
    const stop = (): void => {
      timers.forEach(clearTimeout);
      clearTimeout(idle);
    };
    const expire = (message: string) => (): void => {
      stop();
      reject(new DeadlineExceeded(message));
    };
    if (limitMs !== undefined) timers.push(setTimeout(expire(`No answer from Neo4j within ${limitMs} ms.`), limitMs));
    const touch = (): void => {
      if (idleMs === undefined) return;
      clearTimeout(idle);
      idle = setTimeout(expire(`No progress from Neo4j for ${idleMs} ms.`), idleMs);
    };
    touch();
    work(touch).then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}

/** Each record as a plain row, in one pass over its fields. */
function rows(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    record.keys.forEach((key, i) => {
      row[key as string] = plain(record.get(i));
    });
    return row;
  });
}
