import fs from 'node:fs';
import type { RunningServer } from '../../src/neo4j/server';

export default async function globalTeardown(): Promise<void> {
  const { server, home } = (globalThis as unknown as { testNeo4j: { server: RunningServer; home: string } }).testNeo4j;
  await server.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
