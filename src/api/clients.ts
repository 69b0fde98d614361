import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { Semaphore } from '../neo4j/lanes';

/**
 * Who is asking, for the per-client shares and rate limits: the API key when
 * one is sent (hashed, so the key itself is never held or logged), else the
 * address the request came from (an IPv6 client by its /56 network, as it could
 * otherwise change address at will).
 */
export function clientOf(req: Request): string {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  if (key) return `key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
}

/**
 * Each client's share of Neo4j connections: one client's many aliases or
 * parallel requests queue behind each other rather than take the lane from
 * everyone else. A share is dropped once its client has nothing running.
 */
export class ClientShares {
  private readonly shares = new Map<string, Semaphore>();

  constructor(readonly size: number) {}

  of(client: string): Semaphore {
    let share = this.shares.get(client);
    if (!share) {
      share = new Semaphore(`one client's work (${this.size} at once)`, this.size);
      this.shares.set(client, share);
    }
    return share;
  }

  /** Forgets the shares nobody uses (called after each request). */
  prune(client: string): void {
    if (this.shares.get(client)?.inUse === 0) this.shares.delete(client);
  }
}
