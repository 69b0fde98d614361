import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { plain, toCypher } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Server-side transaction timeout; Neo4j terminates the transaction past it. */
  timeoutMs?: number;
}

/** Observes every query sent to Neo4j: the API counts round trips with it. */
export type QueryListener = (cypher: string) => void;

const DEFAULT_READ_TIMEOUT_MS = 10_000;

/** A read that would start after its operation's deadline: nothing is sent to Neo4j. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
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

/**
 * The one way the code talks to Neo4j: managed transactions (so transient
 * errors are retried), values only as `$parameters`, reads in READ mode.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string | undefined,
    private readonly listener?: QueryListener,
    /** Epoch ms by which every read must be done (an API operation's timeout). */
    private readonly deadline?: number,
  ) {}

  /** The same database, with every query also reported to `listener`. */
  observed(listener: QueryListener): Database {
    return new Database(
      this.driver,
      this.name,
      (cypher) => {
        this.listener?.(cypher);
        listener(cypher);
      },
      this.deadline,
    );
  }

  /**
   * The same database, with each read's transaction timeout set to what is
   * left until `deadline`: Neo4j then stops the work of an operation that
   * runs out of time, not only the API.
   */
  withDeadline(deadline: number): Database {
    return new Database(this.driver, this.name, this.listener, deadline);
  }

  async read(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    const result = await this.transaction('READ', (tx) => this.run(tx, cypher, params), options);
    return rows(result);
  }

  async write(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    const result = await this.transaction('WRITE', (tx) => this.run(tx, cypher, params), options);
    return rows(result);
  }

  /** Several statements in one write transaction: all of them land or none. */
  async writeAll(statements: { cypher: string; params?: Params }[], options: QueryOptions = {}): Promise<void> {
    await this.transaction(
      'WRITE',
      async (tx) => {
        for (const s of statements) await this.run(tx, s.cypher, s.params ?? {});
      },
      options,
    );
  }

  /**
   * An auto-commit statement: what schema commands (which cannot share a
   * transaction with data) and `CALL { … } IN TRANSACTIONS` (which opens its
   * own) need.
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      this.listener?.(cypher);
      await session.run(cypher, toCypher(params) as Params);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private readTimeout(): number {
    if (this.deadline === undefined) return DEFAULT_READ_TIMEOUT_MS;
    const left = this.deadline - Date.now();
    // Neo4j reads a timeout of 0 as "none": an exhausted budget must not become unlimited.
    if (left <= 0) throw new DeadlineExceeded('The operation ran out of time before this read.');
    return left;
  }

  private run(tx: ManagedTransaction, cypher: string, params: Params): Promise<QueryResult> {
    this.listener?.(cypher);
    return tx.run(cypher, toCypher(params) as Params);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: QueryOptions,
  ): Promise<T> {
    const config = { timeout: options.timeoutMs ?? (mode === 'READ' ? this.readTimeout() : undefined) };
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }
}

function rows(result: QueryResult): Row[] {
  return result.records.map((record) => plain(record.toObject()) as Row);
}
