import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { type EmbeddedNeo4jConfig, loadConfig } from '../../src/config';
import { identityOf, isRunning } from '../../src/neo4j/identity';
import { type RunningServer, answers, freePort, startServer, stopServer } from '../../src/neo4j/server';
import { silentProgress } from '../../src/progress';

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the project supervises the Neo4j it owns', () => {
  const homes: string[] = [];
  const strangers: ChildProcess[] = [];
  let server: RunningServer | undefined;
  const config = async (): Promise<EmbeddedNeo4jConfig> => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-graph-supervise-'));
    homes.push(home);
    return { ...loadConfig().embedded, homeDir: home, boltPort: await freePort(), heap: '384m', pageCache: '32m' };
  };
  afterAll(async () => {
    await server?.stop();
    for (const s of strangers) s.kill('SIGKILL');
    for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('starts a Neo4j that died again, with the restart visible in its state, and stops it for good on stop()', async () => {
    const cfg = await config();
    server = await startServer(cfg, silentProgress, { supervised: true });
    const first = server.pid;
    expect(server.state()).toEqual({ status: 'running', restarts: 0 });

    process.kill(first, 'SIGKILL');
    await until(() => server!.state().status === 'restarting', 30_000);
    expect(server.state().lastExit).toBe('killed by SIGKILL');
    await until(() => server!.state().status === 'running', 150_000);
    expect(server.state()).toMatchObject({ status: 'running', restarts: 1 });
    expect(server.pid).not.toBe(first);
    expect(await answers(server.connection)).toBe(true);
    // The pid file names the new process by pid and start time.
    expect(JSON.parse(fs.readFileSync(path.join(cfg.homeDir, 'neo4j.pid'), 'utf8'))).toEqual(identityOf(server.pid));

    const last = identityOf(server.pid);
    await server.stop();
    expect(isRunning(last)).toBe(false);
    // Stopped on purpose: no restart follows.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(server.state().status).toBe('stopped');
    expect(await answers(server.connection)).toBe(false);
    server = undefined;
  }, 300_000);

  it('never signals a process the pid file names but did not start (a pid reused since)', async () => {
    const cfg = await config();
    fs.mkdirSync(cfg.homeDir, { recursive: true });
    const stranger = spawn('sleep', ['300'], { stdio: 'ignore' });
    strangers.push(stranger);
    const pid = stranger.pid!;
    const file = path.join(cfg.homeDir, 'neo4j.pid');
    // Same pid, another start time: the server recorded there died and the OS gave its pid away.
    fs.writeFileSync(file, JSON.stringify({ pid, startTime: '1' }));
    expect(await stopServer(cfg)).toBe(false);
    // The old format (a bare pid) is not trusted either.
    fs.writeFileSync(file, String(pid));
    expect(await stopServer(cfg)).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(stranger.exitCode).toBeNull();
    expect(stranger.signalCode).toBeNull();
    expect(isRunning(identityOf(pid))).toBe(true);
  });
});
