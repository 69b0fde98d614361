import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { type EmbeddedNeo4jConfig, type Neo4jConnection, embeddedConnection } from '../config';
import { logger } from '../log';
import type { Progress } from '../progress';
import { type ProcessIdentity, identityOf, isRunning } from './identity';
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

// A loaded 2-core machine has taken over 2 minutes to start it.
const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 60_000;
/** Waits between restarts of a supervised server that died: doubling up to the last. */
const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export interface SupervisionState {
  status: 'running' | 'restarting' | 'stopped';
  restarts: number;
  lastExit?: string;
}

export interface RunningServer {
  connection: Neo4jConnection;
  /** The server's current process (a supervised server gets a new one after each restart). */
  readonly pid: number;
  /** True when this call started the server (and so should stop it). */
  started: boolean;
  /** For /ready: running, or restarting after it died (supervised servers only). */
  state(): SupervisionState;
  stop(): Promise<void>;
}

const pidFile = (c: EmbeddedNeo4jConfig): string => path.join(c.homeDir, 'neo4j.pid');
const logFile = (c: EmbeddedNeo4jConfig): string => path.join(c.homeDir, 'logs', 'console.log');

/**
 * The server of the pid file, if that process still runs and is the one the
 * file names (same start time): a pid the OS has since given to another
 * process is not ours, and is never signalled.
 */
function readPid(config: EmbeddedNeo4jConfig): ProcessIdentity | undefined {
  try {
    const recorded = JSON.parse(fs.readFileSync(pidFile(config), 'utf8')) as ProcessIdentity;
    return isRunning(recorded) ? recorded : undefined;
  } catch {
    return undefined;
  }
}

/** The project's own server process, when one runs (for tools that must find it, such as `npm run attack`). */
export const runningServerProcess = (config: EmbeddedNeo4jConfig): ProcessIdentity | undefined => readPid(config);

/** Removes the pid file only while it still names `identity` (a newer server's file stays). */
function forgetPid(config: EmbeddedNeo4jConfig, identity: ProcessIdentity): void {
  try {
    const recorded = JSON.parse(fs.readFileSync(pidFile(config), 'utf8')) as ProcessIdentity;
    if (recorded.pid === identity.pid && recorded.startTime === identity.startTime) fs.rmSync(pidFile(config), { force: true });
  } catch {
    // no file, or one that is not ours to judge
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

/** True when a Neo4j answers on Bolt at `connection`. */
export async function answers(connection: Neo4jConnection): Promise<boolean> {
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

async function waitForExit(identity: ProcessIdentity, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(identity)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Sends `signal` only to the very process `identity` names, never to a pid reused since. */
function signal(identity: ProcessIdentity, name: NodeJS.Signals): void {
  if (!isRunning(identity)) return;
  try {
    process.kill(identity.pid, name);
  } catch {
    // gone in between
  }
}

/** Stops the server `identity` names: SIGCONT (a frozen one cannot stop), SIGTERM, then SIGKILL if it will not go. */
async function stopProcess(config: EmbeddedNeo4jConfig, identity: ProcessIdentity): Promise<void> {
  signal(identity, 'SIGCONT');
  signal(identity, 'SIGTERM');
  if (!(await waitForExit(identity, STOP_TIMEOUT_MS))) {
    signal(identity, 'SIGKILL');
    await waitForExit(identity, 5_000);
  }
  forgetPid(config, identity);
}

function foundRunning(config: EmbeddedNeo4jConfig, identity: ProcessIdentity): RunningServer {
  return {
    connection: embeddedConnection(config),
    pid: identity.pid,
    started: false,
    state: () => ({ status: isRunning(identity) ? 'running' : 'stopped', restarts: 0 }),
    stop: () => stopProcess(config, identity),
  };
}

/** Starts java with Neo4j's server on `config`, its output to the log; records its identity in the pid file. */
function launch(config: EmbeddedNeo4jConfig, owned: boolean): { child: ChildProcess; identity: ProcessIdentity } {
  fs.mkdirSync(path.dirname(logFile(config)), { recursive: true });
  const log = fs.openSync(logFile(config), 'a');
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
      ...serverSettings(config).flatMap((setting) => ['-c', setting]),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new SetupError('Could not start java.');
  const identity = identityOf(pid);
  fs.writeFileSync(pidFile(config), JSON.stringify(identity));
  child.unref();
  if (owned) watchOwner(process.pid, identity);
  return { child, identity };
}

/**
 * The settings of the project's own server. Memory: one transaction may use
 * at most `txMemory` of the heap and all of them together `txMemoryTotal`,
 * so a query that builds huge values is stopped with an error instead of
 * exhausting the heap (for an external server, set the same two settings).
 */
function serverSettings(config: EmbeddedNeo4jConfig): string[] {
  return [
    `server.bolt.listen_address=${config.boltHost}:${config.boltPort}`,
    `server.bolt.advertised_address=${config.boltHost}:${config.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    // Loopback only: the project's own server trusts its local callers.
    'dbms.security.auth_enabled=false',
    `server.memory.heap.max_size=${config.heap}`,
    `server.memory.pagecache.size=${config.pageCache}`,
    `db.memory.transaction.max=${config.txMemory}`,
    `dbms.memory.transaction.total.max=${config.txMemoryTotal}`,
    'db.transaction.timeout=60s',
    // Bolt otherwise idles 2 × 5 s on shutdown waiting for connections already closed.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
  ];
}

/** Resolves once the server answers on Bolt; fails when its process ends or it takes too long. */
async function waitUntilAnswering(config: EmbeddedNeo4jConfig, identity: ProcessIdentity, onWait: () => void): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(embeddedConnection(config)))) {
    if (!isRunning(identity)) {
      forgetPid(config, identity);
      throw new SetupError(`Neo4j failed to start. The end of its log (${logFile(config)}):\n${logTail(config)}`);
    }
    if (Date.now() > deadline) {
      await stopProcess(config, identity);
      throw new SetupError(`Neo4j did not answer within ${START_TIMEOUT_MS / 1000}s. The end of its log:\n${logTail(config)}`);
    }
    onWait();
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Starts the project's own Neo4j (or finds the one a previous `db:start` left
 * running) and resolves once it answers on Bolt. The server runs in its own
 * process group so a Ctrl-C at the terminal reaches the API first, which then
 * stops the database in order. An `owned` server (the default) is also
 * stopped by a watchdog if this process dies without stopping it;
 * `db:start` passes `owned: false`. A `supervised` server (npm start) that
 * dies is started again, after a growing pause, until stop() is called.
 * Its process is known by pid and start time, never by pid alone.
 */
export async function startServer(
  config: EmbeddedNeo4jConfig,
  progress: Progress,
  options: { owned?: boolean; supervised?: boolean } = {},
): Promise<RunningServer> {
  const running = readPid(config);
  if (running !== undefined && (await answers(embeddedConnection(config)))) return foundRunning(config, running);
  if (running !== undefined) await stopProcess(config, running);

  checkJava();
  await ensureJars(config, progress);
  if (!(await portFree(config.boltHost, config.boltPort))) {
    throw new SetupError(
      `Port ${config.boltPort} on ${config.boltHost} is already in use by another program: ` +
        'set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the Neo4j that is there.',
    );
  }

  const owned = options.owned !== false;
  const task = progress.start(`Starting Neo4j on bolt://${config.boltHost}:${config.boltPort}`);
  let current = launch(config, owned);
  try {
    await waitUntilAnswering(config, current.identity, () => task.update('waiting for Bolt'));
  } catch (error) {
    task.fail();
    throw error;
  }
  task.done();

  const state: SupervisionState = { status: 'running', restarts: 0 };
  let stopping = false;
  const superviseChild = (): void => {
    current.child.once('exit', (code, signalName) => void restart(code, signalName));
  };
  const restart = async (code: number | null, signalName: NodeJS.Signals | null): Promise<void> => {
    if (stopping) return;
    state.lastExit = signalName ? `killed by ${signalName}` : `exit code ${code}`;
    forgetPid(config, current.identity);
    for (let attempt = 0; !stopping; attempt++) {
      state.status = 'restarting';
      const pause = RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)];
      logger.error({ lastExit: state.lastExit, attempt: attempt + 1, pauseMs: pause }, 'Neo4j stopped unexpectedly; restarting it');
      await new Promise((r) => setTimeout(r, pause));
      if (stopping) return;
      try {
        current = launch(config, owned);
        await waitUntilAnswering(config, current.identity, () => undefined);
        if (stopping) return;
        state.status = 'running';
        state.restarts++;
        logger.info({ pid: current.identity.pid, restarts: state.restarts }, 'Neo4j restarted');
        superviseChild();
        return;
      } catch (error) {
        logger.error({ err: error }, 'Restarting Neo4j failed');
      }
    }
  };
  if (options.supervised) superviseChild();

  return {
    connection: embeddedConnection(config),
    get pid() {
      return current.identity.pid;
    },
    started: true,
    state: () => ({ ...state, ...(options.supervised || isRunning(current.identity) ? {} : { status: 'stopped' as const }) }),
    async stop() {
      stopping = true;
      state.status = 'stopped';
      await stopProcess(config, current.identity);
    },
  };
}

/** Stops the server a previous `db:start` left running; false when none was. */
export async function stopServer(config: EmbeddedNeo4jConfig): Promise<boolean> {
  const identity = readPid(config);
  if (identity === undefined) return false;
  await stopProcess(config, identity);
  return true;
}

/** Deletes the server's data (the jars stay). Refuses while it runs. */
export function resetData(config: EmbeddedNeo4jConfig): void {
  if (readPid(config) !== undefined) throw new SetupError('Stop the database first (npm run db:stop).');
  fs.rmSync(config.homeDir, { recursive: true, force: true });
}
