import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { type EmbeddedNeo4jConfig, type Neo4jConnection, embeddedConnection } from '../config';
import type { Progress } from '../progress';
import { ensureJars } from './jars';
import { SetupError, checkJava } from './prerequisites';
import { watchOwner } from './watchdog';

/** The JVM flags Neo4j's own `bin/neo4j` launcher passes. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

export interface RunningServer {
  connection: Neo4jConnection;
  pid: number;
  /** True when this call started the server (and so should stop it). */
  started: boolean;
  stop(): Promise<void>;
}

const pidFile = (c: EmbeddedNeo4jConfig): string => path.join(c.homeDir, 'neo4j.pid');
const logFile = (c: EmbeddedNeo4jConfig): string => path.join(c.homeDir, 'logs', 'console.log');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(config: EmbeddedNeo4jConfig): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(config), 'utf8'));
    return Number.isInteger(pid) && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Asks the OS for a free loopback port (for throw-away servers in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function logTail(config: EmbeddedNeo4jConfig, lines = 15): string {
  try {
    return fs.readFileSync(logFile(config), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function answers(connection: Neo4jConnection): Promise<boolean> {
  const driver = neo4j.driver(connection.uri, undefined, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Stops the server whose pid is given: SIGTERM, then SIGKILL if it will not go. */
async function stopPid(config: EmbeddedNeo4jConfig, pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  fs.rmSync(pidFile(config), { force: true });
}

function handle(config: EmbeddedNeo4jConfig, pid: number, started: boolean): RunningServer {
  return { connection: embeddedConnection(config), pid, started, stop: () => stopPid(config, pid) };
}

/**
 * Starts the project's own Neo4j (or finds the one a previous `db:start` left
 * running) and resolves once it answers on Bolt. The server runs in its own
 * process group so a Ctrl-C at the terminal reaches the API first, which then
 * stops the database in order. An `owned` server (the default) is also
 * stopped by a watchdog if this process dies without stopping it;
 * `db:start` passes `owned: false`.
 */
export async function startServer(
  config: EmbeddedNeo4jConfig,
  progress: Progress,
  options: { owned?: boolean } = {},
): Promise<RunningServer> {
  const running = readPid(config);
  if (running !== undefined && (await answers(embeddedConnection(config)))) {
    return handle(config, running, false);
  }
  if (running !== undefined) await stopPid(config, running);

  checkJava();
  await ensureJars(config, progress);
  if (!(await portFree(config.boltHost, config.boltPort))) {
    throw new SetupError(
      `Port ${config.boltPort} on ${config.boltHost} is already in use by another program: ` +
        'set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the Neo4j that is there.',
    );
  }

  fs.mkdirSync(path.dirname(logFile(config)), { recursive: true });
  const log = fs.openSync(logFile(config), 'a');
  const task = progress.start(`Starting Neo4j on bolt://${config.boltHost}:${config.boltPort}`);
  const child = spawn(
    'java',
    [
      `-Xmx${config.heap}`,
      ...JVM_FLAGS,
      '-cp',
      path.join(config.libDir, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${config.homeDir}`,
      '--console-mode',
      ...[
        `server.bolt.listen_address=${config.boltHost}:${config.boltPort}`,
        `server.bolt.advertised_address=${config.boltHost}:${config.boltPort}`,
        'server.http.enabled=false',
        'server.https.enabled=false',
        'dbms.usage_report.enabled=false',
        // Loopback only: the project's own server trusts its local callers.
        'dbms.security.auth_enabled=false',
        `server.memory.heap.max_size=${config.heap}`,
        `server.memory.pagecache.size=${config.pageCache}`,
        'db.transaction.timeout=60s',
        // Bolt otherwise idles 2 × 5 s on shutdown waiting for connections already closed.
        'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
        'internal.server.bolt.connection_shutdown_wait_time=1s',
      ].flatMap((setting) => ['-c', setting]),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new SetupError('Could not start java.');
  fs.writeFileSync(pidFile(config), String(pid));
  child.unref();
  if (options.owned !== false) watchOwner(process.pid, pid);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(embeddedConnection(config)))) {
    if (!alive(pid)) {
      task.fail();
      fs.rmSync(pidFile(config), { force: true });
      throw new SetupError(`Neo4j failed to start. The end of its log (${logFile(config)}):\n${logTail(config)}`);
    }
    if (Date.now() > deadline) {
      task.fail();
      await stopPid(config, pid);
      throw new SetupError(`Neo4j did not answer within ${START_TIMEOUT_MS / 1000}s. The end of its log:\n${logTail(config)}`);
    }
    task.update('waiting for Bolt');
    await new Promise((r) => setTimeout(r, 250));
  }
  task.done();
  return handle(config, pid, true);
}

/** Stops the server a previous `db:start` left running; false when none was. */
export async function stopServer(config: EmbeddedNeo4jConfig): Promise<boolean> {
  const pid = readPid(config);
  if (pid === undefined) return false;
  await stopPid(config, pid);
  return true;
}

/** Deletes the server's data (the jars stay). Refuses while it runs. */
export function resetData(config: EmbeddedNeo4jConfig): void {
  if (readPid(config) !== undefined) throw new SetupError('Stop the database first (npm run db:stop).');
  fs.rmSync(config.homeDir, { recursive: true, force: true });
}
