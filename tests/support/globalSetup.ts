import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { freePort, startServer } from '../../src/neo4j/server';
import { consoleProgress } from '../../src/progress';

/**
 * Starts a throw-away Neo4j for the whole run, the same way `npm start` does
 * (same jars, same launcher), on a free port with its data in a temp folder.
 * Tests reach it through NEO4J_URI, like any external server.
 */
export default async function globalSetup(): Promise<void> {
  const { embedded } = loadConfig();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-graph-test-'));
  const server = await startServer(
    { ...embedded, homeDir: home, boltPort: await freePort(), heap: '768m', pageCache: '128m' },
    consoleProgress(),
  );
  process.env.NEO4J_URI = server.connection.uri;
  process.env.NEO4J_USER = '';
  Object.assign(globalThis, { testNeo4j: { server, home } });
}
