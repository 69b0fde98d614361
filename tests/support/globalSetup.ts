import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { freePort, startServer } from '../../src/neo4j/server';
import { connect, warmPlans } from '../../src/app';
import { consoleProgress, silentProgress } from '../../src/progress';

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
  // A cold JVM plans the big queries slowly; warm it once for the whole run.
  const db = await connect(server.connection, silentProgress);
  await warmPlans(db);
  await db.close();
  process.env.NEO4J_USER = '';
  Object.assign(globalThis, { testNeo4j: { server, home } });
}
