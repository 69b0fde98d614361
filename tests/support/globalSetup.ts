import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { identityOf } from '../../src/neo4j/identity';
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
  // Its process, by pid and start time, for the test that freezes it (files run one at a time).
  process.env.TEST_NEO4J_PROCESS = JSON.stringify(identityOf(server.pid));
  // A cold JVM plans the big queries slowly; warm it once for the whole run.
  const db = await connect(server.connection, silentProgress);
  await warmPlans(db);
  await db.close();
  process.env.NEO4J_USER = '';
  // The API's own clock now ends an operation at its time limit even while Neo4j
  // is still planning; on a loaded machine a cold plan takes longer than the
  // 10 s default. Tests of the time limit set their own.
  process.env.GRAPHQL_TIMEOUT_MS ??= '60000';
  // Test files send thousands of requests from one address; the rate limit has its own test.
  process.env.RATE_LIMIT_PER_MINUTE ??= '0';
  Object.assign(globalThis, { testNeo4j: { server, home } });
}
