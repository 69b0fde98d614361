import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type CommandArgs, UsageError, runCommand } from '../cli/command';
import { PROJECT_ROOT } from '../config';
import { cpuSeconds } from '../gen/cpu';
import { createDriver, Database } from '../neo4j/database';
import { findSubjects } from './graph';
import { measure } from './measure';
import { operations } from './operations';
import { summarise } from './profileSummary';

const USAGE = `Profiles the compiled API (dist/main.js, NODE_ENV=production) under load, one CPU profile per operation.

  node dist/bench/profile.js --uri bolt://host:port [--port 4300] [--seconds 15] [--clients 8] [--out dir] [--only n,m] [--main dist/main.js]

  The graph must hold the seeds (npm run db:start). Each operation runs in a fresh API process
  with --cpu-prof; the summary (self time by function and by part of the stack) is printed and
  written beside the .cpuprofile files, which Chrome DevTools opens. --main profiles another build
  (a copy of dist/ from an earlier commit, inside the project so that node_modules resolves).`;

/** Waits until the API answers GraphQL. */
async function ready(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('The API exited while starting.');
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const OPTIONS = {
  options: {
    uri: { type: 'string' },
    port: { type: 'string' },
    seconds: { type: 'string' },
    clients: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    main: { type: 'string' },
  },
} as const;

async function main({ values }: CommandArgs<typeof OPTIONS>): Promise<void> {
  if (!values.uri) throw new UsageError('--uri is required: the Neo4j the profiled API reads.');
  const port = Number(values.port ?? 4300);
  const seconds = Number(values.seconds ?? 15);
  const clients = Number(values.clients ?? 8);
  const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'bench', 'profiles', new Date().toISOString().replace(/[:.]/g, '-')));
  const db = new Database(createDriver({ uri: values.uri, user: '', password: '', database: undefined }), undefined);
  const ops = operations(await findSubjects(db));
  await db.close();
  const main = path.resolve(values.main ?? path.join(PROJECT_ROOT, 'dist', 'main.js'));
  const only = values.only ? values.only.split(',').map(Number) : ops.map((_, i) => i);
  fs.mkdirSync(out, { recursive: true });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const i of only) {
    const op = ops[i];
    const dir = path.join(out, String(i));
    const env = { ...process.env, NODE_ENV: 'production', NEO4J_URI: values.uri, NEO4J_USER: '', PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', CLIENT_MAX_CONNECTIONS: '100' };
    const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      await ready(url, child);
      const body = JSON.stringify(op.ours);
      // One good answer first: a cold Neo4j on a loaded machine may spend the whole time limit planning a shape.
      for (let attempt = 1; ; attempt++) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(120_000) });
        if (res.ok && !(await res.text()).includes('"errors":[')) break;
        if (attempt === 5) throw new Error(`${op.name}: no answer without errors in 5 attempts`);
      }
      // Warm-up (plans, JIT), then the profiled run; the profile covers start-up too, which the summary leaves out by time.
      await measure(url, body, clients, 2, child.pid!);
      const began = process.hrtime.bigint();
      const cpuBefore = cpuSeconds(child.pid!);
      const figures = await measure(url, body, clients, seconds, child.pid!);
      const cpuAfter = cpuSeconds(child.pid!);
      const ended = process.hrtime.bigint();
      // The profile samples wall time (a process waiting for a core looks busy); the kernel's count is CPU time.
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) * 1000;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      });
      const file = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort((a, b) => fs.statSync(path.join(dir, b)).mtimeMs - fs.statSync(path.join(dir, a)).mtimeMs)[0];
      if (!file) throw new Error(`No profile written in ${dir}`);
      const summary = summarise(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), { fromNs: began, toNs: ended }, figures.requests);
      const cpu = cpuMs === undefined ? '' : `, ${((cpuMs * 1000) / Math.max(1, figures.requests)).toFixed(0)} µs of CPU per request`;
      const text = `## ${op.name} (${clients} clients, ${seconds} s: ${figures.requestsPerSecond.toFixed(1)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors${cpu})\n\n${summary}`;
      fs.writeFileSync(path.join(dir, 'summary.md'), `${text}\n`);
      console.log(`${text}\n`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
}

runCommand(USAGE, OPTIONS, main);
