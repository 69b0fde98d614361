import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** A server under test, in its own process (compiled build, NODE_ENV=production). */
export interface Server {
  name: 'api' | 'peer' | 'floor';
  /** Where operation i is POSTed. */
  url(i: number): string;
  /** Its request body for operation i. */
  body(request: { query: string; variables?: Record<string, unknown> }, i: number): string;
  pid: number;
  /** Milliseconds from spawn to answering. */
  startMs: number;
  stop(): Promise<void>;
}

const DIST = path.join(PROJECT_ROOT, 'dist');
/** The floor first runs every operation once through the API's resolvers: slow operations take their full timeout. */
const READY_TIMEOUT_MS = 900_000;

async function answers(url: string, init: RequestInit): Promise<boolean> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function start(
  name: Server['name'],
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  probe: { url: string; init: RequestInit },
  logDir: string,
): Promise<{ child: ChildProcess; startMs: number }> {
  const file = path.join(DIST, script);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does).`);
  const log = fs.openSync(path.join(logDir, `${name}.log`), 'w');
  const began = Date.now();
  const child = spawn(process.execPath, [file, ...args], { env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  running.add(child);
  while (!(await answers(probe.url, probe.init))) {
    if (exited) throw new Error(`The ${name} server exited while starting; see ${path.join(logDir, `${name}.log`)}`);
    if (Date.now() - began > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`The ${name} server did not answer within ${READY_TIMEOUT_MS / 1000}s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, startMs: Date.now() - began };
}

/** Every server child still running: stopped too when the benchmark itself is interrupted. */
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGTERM');
    process.exit(130);
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  running.add(child);
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        running.delete(child);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

const graphqlBody = (request: { query: string; variables?: Record<string, unknown> }): string => JSON.stringify(request);
const probeGraphql = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' };

/**
 * Starts the three servers on the same Neo4j: this API (dist/main.js, as
 * deployed: its logging, limits and plugins on), the @neo4j/graphql peer,
 * and the floor (which first records this API's Cypher for `requests`).
 */
export async function startServers(
  neo4jEnv: NodeJS.ProcessEnv,
  ports: [number, number, number],
  requests: { query: string; variables?: Record<string, unknown> }[],
  logDir: string,
): Promise<Server[]> {
  const env = { ...process.env, ...neo4jEnv, HOST: '127.0.0.1' };
  const host = 'http://127.0.0.1';
  const servers: Server[] = [];
  try {
    // Listening means the schema and seeds are in: /ready's 2 s probes may time out on a busy machine.
    // Every client of the load comes from one address: the per-client rate limit and pool share
    // would throttle the load generator itself, so they are lifted; everything else is as deployed.
    const apiEnv = { ...env, PORT: String(ports[0]), RATE_LIMIT_PER_MINUTE: '0', CLIENT_MAX_CONNECTIONS: '100' };
    const api = await start('api', 'main.js', [], apiEnv, { url: `${host}:${ports[0]}/graphql`, init: probeGraphql }, logDir);
    servers.push({ name: 'api', url: () => `${host}:${ports[0]}/graphql`, body: graphqlBody, pid: api.child.pid!, startMs: api.startMs, stop: stopper(api.child) });
    const peer = await start('peer', 'bench/peerServer.js', [], { ...env, PORT: String(ports[1]) }, { url: `${host}:${ports[1]}/`, init: probeGraphql }, logDir);
    servers.push({ name: 'peer', url: () => `${host}:${ports[1]}/`, body: graphqlBody, pid: peer.child.pid!, startMs: peer.startMs, stop: stopper(peer.child) });
    const opsFile = path.join(logDir, 'floor-requests.json');
    fs.writeFileSync(opsFile, JSON.stringify(requests));
    const floor = await start('floor', 'bench/floorServer.js', [opsFile], { ...env, PORT: String(ports[2]) }, { url: `${host}:${ports[2]}/ready`, init: {} }, logDir);
    servers.push({ name: 'floor', url: (i) => `${host}:${ports[2]}/${i}`, body: () => '', pid: floor.child.pid!, startMs: floor.startMs, stop: stopper(floor.child) });
    return servers;
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
}

/** Resident memory of a process in MB (Linux /proc), or undefined elsewhere. */
export function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
