import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/neo4j/server';

/**
 * `npm start` as a real process (against the run's Neo4j, as an external
 * NEO4J_URI, so nothing else is started), stopped with SIGTERM while a
 * request is still being sent.
 */
describe('graceful shutdown on SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('serves, then stops accepting, finishes the request in flight, logs, and exits 0', async () => {
    const port = await freePort();
    const lines: Record<string, unknown>[] = [];
    child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(PROJECT_ROOT, 'src', 'main.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info', JEST_WORKER_ID: '', ADMIN_API_KEY: 'shutdown-test-key' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) if (line.startsWith('{')) lines.push(JSON.parse(line));
    });
    child.stderr!.resume();
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

    // Ready: it logs so once it listens.
    const deadline = Date.now() + 240_000;
    while (!lines.some((l) => l.msg === 'GraphQL API ready')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no start: ${JSON.stringify(lines)}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // The process as started serves the admin mutation too (nothing to add: startApp loaded the seeds).
    const reload = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer shutdown-test-key' },
      body: JSON.stringify({ query: 'mutation { reloadSeeds { nodesAdded relationshipsAdded } }' }),
    });
    expect(((await reload.json()) as { data: unknown }).data).toEqual({ reloadSeeds: { nodesAdded: 0, relationshipsAdded: 0 } });

    // A request whose body is half sent when the signal comes. `Expect: 100-continue` makes
    // the server say when it has read the headers (the request is then in flight, not an idle
    // connection a closing server may drop); the rest of the body follows once it logs that it
    // is shutting down. Events, not fixed delays: a loaded machine reads headers late.
    const body = JSON.stringify({ query: '{ exchanges(first: 2) { totalCount } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
        },
        (response) => {
          let text = '';
          response.on('data', (c: Buffer) => (text += c.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, text }));
        },
      );
      request.on('error', reject);
      request.on('continue', () => {
        request.write(body.slice(0, 10));
        child!.kill('SIGTERM');
        const sent = setInterval(() => {
          if (!lines.some((l) => l.msg === 'Shutting down')) return;
          clearInterval(sent);
          request.end(body.slice(10));
        }, 50);
      });
      request.flushHeaders();
    });

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.exchanges.totalCount).toBeGreaterThan(0);
    // New connections are no longer accepted.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();

    expect(await exited).toBe(0);
    const messages = lines.map((l) => l.msg);
    expect(messages).toContain('Shutting down');
    expect(messages.at(-1)).toBe('Stopped');
  }, 360_000);
});
