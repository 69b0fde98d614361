import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatErrorFor } from '../../src/api/errors';
import { DEFAULT_LIMITS } from '../../src/api/limitSettings';
import { Database, createDriver } from '../../src/neo4j/database';
import { freePort } from '../../src/neo4j/server';

/**
 * What the driver throws when there is no Neo4j to talk to, each way a
 * server can be missing: all of it must reach clients as DATABASE_UNAVAILABLE,
 * within about 2 s (no retrying for longer).
 */
describe('the driver with no Neo4j behind the address', () => {
  const servers: net.Server[] = [];
  const sockets: net.Socket[] = [];
  const listen = async (onConnection: (socket: net.Socket) => void): Promise<number> => {
    const server = net.createServer((socket) => {
      sockets.push(socket);
      onConnection(socket);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as net.AddressInfo).port;
  };
  let ports: Record<string, number>;

  beforeAll(async () => {
    ports = {
      'nothing listening': await freePort(),
      'a server that never answers': await listen(() => undefined),
      'a server that hangs up': await listen((socket) => socket.destroy()),
      'a server that answers nonsense': await listen((socket) => socket.end(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'))),
    };
  });
  afterAll(async () => {
    const closed = servers.map((s) => new Promise((r) => s.close(r)));
    // close() waits for open connections: end the ones the driver left.
    for (const socket of sockets) socket.destroy();
    await Promise.all(closed);
  });

  it.each(['nothing listening', 'a server that never answers', 'a server that hangs up', 'a server that answers nonsense'])(
    '%s: a read fails within 2.5 s as DATABASE_UNAVAILABLE',
    async (name) => {
      const db = new Database(createDriver({ uri: `bolt://127.0.0.1:${ports[name]}`, user: '', password: '', database: undefined }), undefined);
      try {
        const began = Date.now();
        const error = await db.read('RETURN 1').then(() => undefined, (e: unknown) => e as Error & { code?: string });
        const elapsed = Date.now() - began;
        expect(error).toBeDefined();
        const formatted = formatErrorFor(DEFAULT_LIMITS)({ message: String(error?.message), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
        expect({ code: formatted.extensions?.code, driverCode: error?.code }).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
        expect(formatted.message).toBe('The database is unavailable; try again shortly.');
        expect(elapsed).toBeLessThan(2_500);
      } finally {
        await db.close();
      }
    },
  );
});
