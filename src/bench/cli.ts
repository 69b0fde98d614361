import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CommandArgs, UsageError, runCommand } from '../cli/command';
import { PROJECT_ROOT } from '../config';
import { openTarget } from '../gen/target';
import type { Database } from '../neo4j/database';
import { consoleProgress } from '../progress';
import { SETUP, ensureGraph, findSubjects, heldFirst, parseSize } from './graph';
import { untilIdle } from './idle';
import { measure } from './measure';
import { type Operation, type OurData, operations, type PeerData, profiledOnly } from './operations';
import { planOperations, planTable } from './plans';
import { type Server, startServers } from './servers';
import { type OperationResult, type Run, table } from './table';

const USAGE = `Benchmarks this API against @neo4j/graphql and the bare-Cypher floor on the same Neo4j.

  npm run bench [-- --quick] [--sizes seed,10k,100k] [--duration s] [--clients 1,8,32]
                [--plans]
                [--ports 4100,4110,4120] [--uri bolt://host:port]

  --quick     seconds: the seed graph, 1 s per run, 8 clients (a CI smoke check)
  --sizes     graph sizes: seed (the seeds alone) or N synthetic exchanges on top
              (generated with seed 1 unless the graph already holds them; the size
              the graph holds is measured first)
  --duration  seconds per run (default 10)
  --clients   concurrent clients (default 1,8,32)
  --plans     PROFILE each operation's Cypher (db hits, heaviest operator) and stop:
              no servers, no load
  --ports     the API's, the peer's and the floor's ports
  --uri       a Neo4j the project did not start (or NEO4J_URI); otherwise its own`;

const CHECK_ATTEMPTS = 3;
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

/** `bench/results/2026-12-02T0631-100k.json`: to the minute, so a second run the same day keeps the first. */
const shown = (file: string): string => (file.startsWith(PROJECT_ROOT) ? path.relative(PROJECT_ROOT, file) : file);

function resultFile(dir: string, size: string, suffix = ''): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  return path.join(dir, `${stamp}-${size}${suffix}.json`);
}

const list = (raw: string): string[] => raw.split(',').map((s) => s.trim()).filter(Boolean);

/** A GraphQL answer: `data` is there unless `errors` are. */
type Answer<Data> = { data?: Data; errors?: unknown };

async function post<Data = unknown>(url: string, body: string): Promise<Answer<Data>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(120_000) });
  return (await res.json()) as Answer<Data>;
}

/** Every `id` value anywhere in a JSON answer. */
function allIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) allIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else allIds(v, into);
    }
  }
  return into;
}

/**
 * Before timing: the peer must give the same ids (and counts, in the same
 * order) as this API, and the floor must answer with at least the ids the
 * API returns. An operation whose peer differs is not timed on the peer.
 */
async function check(op: Operation, i: number, [api, peer, floor]: Server[]): Promise<OperationResult['checked'] & { peerTimed: boolean }> {
  // A cold Neo4j may spend the whole timeout planning a shape the first time: ask again before judging.
  let ours = await post<OurData>(api.url(i), api.body(op.ours, i));
  for (let attempt = 1; ours.errors && attempt < CHECK_ATTEMPTS; attempt++) ours = await post<OurData>(api.url(i), api.body(op.ours, i));
  // An operation this API cannot answer (a timeout) is still timed: its errors are the figure.
  if (ours.errors) return { peer: 'not timed: the API answered with errors, so its ids cannot be compared', floor: `API errors: ${JSON.stringify(ours.errors).slice(0, 200)}`, peerTimed: false };
  const floorAnswer = await post(floor.url(i), '');
  const floorIds = allIds(floorAnswer.data);
  const missing = [...allIds(ours.data)].filter((id) => !floorIds.has(id));
  const floorChecked = floorAnswer.errors
    ? `errors: ${JSON.stringify(floorAnswer.errors).slice(0, 200)}`
    : missing.length === 0
      ? 'same'
      : `differs: lacks ${missing.slice(0, 5).join(', ')}`;
  if ('missing' in op.peer) return { peer: `n/a: ${op.peer.missing}`, floor: floorChecked, peerTimed: false };
  const theirs = await post<PeerData>(peer.url(i), peer.body(op.peer, i));
  if (theirs.errors) return { peer: `errors: ${JSON.stringify(theirs.errors).slice(0, 300)}`, floor: floorChecked, peerTimed: false };
  const expected = JSON.stringify(op.oursIds(ours.data!));
  const got = JSON.stringify(op.peer.ids(theirs.data!));
  if (expected !== got) return { peer: `differs: API ${expected.slice(0, 200)} vs peer ${got.slice(0, 200)}`, floor: floorChecked, peerTimed: false };
  return { peer: 'same', floor: floorChecked, peerTimed: true };
}

async function neo4jInfo(db: Database): Promise<Record<string, unknown>> {
  const [component] = await db.read('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', {}, SETUP);
  const [nodes] = await db.read('MATCH (n) RETURN count(n) AS nodes', {}, SETUP);
  const [rels] = await db.read('MATCH ()-[r]->() RETURN count(r) AS relationships', {}, SETUP);
  const [exchanges] = await db.read('MATCH (x:Exchange) RETURN count(x) AS exchanges', {}, SETUP);
  return {
    ...component,
    heap: process.env.NEO4J_HEAP ?? '1g (default)',
    pageCache: process.env.NEO4J_PAGECACHE ?? '512m (default)',
    graph: { ...nodes, ...rels, ...exchanges },
  };
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: { model: cpus[0]?.model, count: cpus.length },
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

const OPTIONS = {
  options: {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    duration: { type: 'string' },
    clients: { type: 'string' },
    ports: { type: 'string' },
    plans: { type: 'boolean' },
    uri: { type: 'string' },
  },
} as const;

async function main({ values }: CommandArgs<typeof OPTIONS>): Promise<void> {
  const quick = values.quick === true;
  const sizes = list(values.sizes ?? (quick ? 'seed' : 'seed,10k,100k')).map(parseSize);
  const seconds = Number(values.duration ?? (quick ? 1 : 10));
  const clients = list(values.clients ?? (quick ? '8' : '1,8,32')).map(Number);
  const ports = list(values.ports ?? '4100,4110,4120').map(Number) as [number, number, number];
  if (!(seconds > 0)) throw new UsageError(`--duration takes a number of seconds above 0, got "${values.duration}".`);
  if (clients.some((c) => !Number.isInteger(c) || c < 1)) throw new UsageError(`--clients takes whole numbers from 1, got "${values.clients}".`);
  if (ports.length !== 3) throw new UsageError(`--ports takes three ports (the API's, the peer's, the floor's), got "${values.ports}".`);

  const progress = consoleProgress();
  const target = await openTarget(values.uri, progress);
  // The servers reach the same Neo4j: the project's own has no authentication.
  const neo4jEnv = target.server ? { NEO4J_URI: target.uri, NEO4J_USER: '' } : { NEO4J_URI: target.uri };
  // A smoke check's figures are not results: they go to a temporary folder, not into the history.
  const resultsDir = quick ? fs.mkdtempSync(path.join(os.tmpdir(), 'pow-bench-quick-')) : RESULTS_DIR;
  fs.mkdirSync(resultsDir, { recursive: true });
  try {
    for (const size of await heldFirst(target.db, sizes)) {
      const generation = await ensureGraph(target.db, size, progress);
      const subjects = await findSubjects(target.db);
      const ops = operations(subjects);
      const profiles = await planOperations(target.db, [...ops, ...profiledOnly(subjects)], SETUP.timeoutMs);
      const profiled = planTable(profiles);
      console.log(`\n## PROFILE, ${size.label}\n\n${profiled}\n`);
      if (values.plans) {
        const file = resultFile(resultsDir, size.label, '-plans');
        fs.writeFileSync(file, `${JSON.stringify({ size, date: new Date().toISOString(), machine: machine(), neo4j: { uri: target.uri, ...(await neo4jInfo(target.db)) }, subjects, profiles }, null, 2)}\n`);
        progress.info(`Wrote ${shown(file)}`);
        continue;
      }
      const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-bench-'));
      const task = progress.start(`Starting the API, the peer and the floor (${size.label})`);
      const servers = await startServers(neo4jEnv, ports, ops.map((o) => o.ours), logDir);
      task.done(servers.map((s) => `${s.name} ${s.startMs} ms`).join(', '));
      const machineAtStart = machine();
      const results: OperationResult[] = [];
      try {
        for (const [i, op] of ops.entries()) {
          const { peerTimed, ...checked } = await check(op, i, servers);
          if (checked.peer !== 'same' || checked.floor !== 'same') progress.info(`  ${op.name}: peer ${checked.peer}; floor ${checked.floor}`);
          const runs: Run[] = [];
          for (const connections of clients) {
            const run: Run = { connections };
            for (const server of servers) {
              if (server.name === 'peer' && !peerTimed) continue;
              const request = server.name === 'peer' && !('missing' in op.peer) ? op.peer : op.ours;
              const body = server.body(request, i);
              // Warm the plan caches and the JIT, then time from an idle database (before and after
              // the warm-up: a request the load generator gave up on still runs in Neo4j).
              await untilIdle(target.db);
              await measure(server.url(i), body, 1, 1, server.pid);
              await untilIdle(target.db);
              const step = progress.start(`${size.label} · ${op.name} · ${connections} clients · ${server.name}`);
              run[server.name] = await measure(server.url(i), body, connections, seconds, server.pid);
              step.done(`${run[server.name]!.requestsPerSecond.toFixed(1)} req/s, p99 ${run[server.name]!.p99Ms} ms`);
            }
            runs.push(run);
          }
          results.push({ name: op.name, checked, runs });
        }
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
      const apiRssAt32 = Math.max(...results.flatMap((r) => r.runs.filter((x) => x.connections === 32).map((x) => x.api?.maxRssMb ?? 0)));
      const printed = table(results);
      console.log(`\n## ${size.label} (${new Date().toISOString()}, ${seconds} s per run)\n\n${printed}\n`);
      const file = resultFile(resultsDir, size.label);
      fs.writeFileSync(
        file,
        `${JSON.stringify(
          {
            size,
            date: new Date().toISOString(),
            secondsPerRun: seconds,
            machine: { ...machineAtStart, loadAverageAtEnd: machine().loadAverage },
            neo4j: { uri: target.uri, ...(await neo4jInfo(target.db)) },
            generation,
            startMs: Object.fromEntries(servers.map((s) => [s.name, s.startMs])),
            apiRssMbUnder32Clients: apiRssAt32 > 0 ? apiRssAt32 : undefined,
            subjects,
            profiles,
            operations: results,
            table: printed,
          },
          null,
          2,
        )}\n`,
      );
      progress.info(`Wrote ${shown(file)}`);
    }
  } finally {
    await target.db.close();
  }
}

runCommand(USAGE, OPTIONS, main);
