import { Busy } from './failures';

/** The kinds of work that each get their own share of Neo4j's connections. */
export type Lane = 'graphql' | 'research' | 'export' | 'write' | 'probe';

/**
 * Connections each kind of work may hold at once. They add up to the
 * driver's pool size, so no kind can take the pool from the others: a flood
 * of /cypher queries leaves GraphQL its 60, and /ready always has its own.
 */
export const LANE_SHARES: Record<Lane, number> = { graphql: 60, research: 12, export: 8, write: 15, probe: 5 };
export const POOL_SIZE = Object.values(LANE_SHARES).reduce((a, b) => a + b, 0);

/** How long work waits for a free place in its lane before it is refused as busy. */
export const LANE_WAIT_MS = 2_000;

/** A counting semaphore whose waiters queue in order and give up after a while. */
export class Semaphore {
  private used = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(
    readonly name: string,
    readonly size: number,
  ) {}

  get inUse(): number {
    return this.used;
  }

  /** Resolves to a release function once a place is free; throws Busy after `waitMs`. */
  acquire(waitMs: number): Promise<() => void> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new Busy(`The server is busy: all ${this.size} places for ${this.name} are taken; try again shortly.`));
      }, waitMs);
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The place passes straight to the next in line, so `used` stays.
      if (next) next.grant();
      else this.used--;
    };
  }
}

export type Lanes = Record<Lane, Semaphore>;

export function createLanes(shares: Record<Lane, number> = LANE_SHARES): Lanes {
  const lanes = {} as Lanes;
  for (const [lane, size] of Object.entries(shares) as [Lane, number][]) lanes[lane] = new Semaphore(`${lane} work`, size);
  return lanes;
}
