import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config';
import { SetupError, checkJava, checkMaven } from '../../src/neo4j/prerequisites';
import { freePort, startServer } from '../../src/neo4j/server';
import { silentProgress } from '../../src/progress';

const fakeBins: string[] = [];
afterAll(() => {
  for (const dir of fakeBins) fs.rmSync(dir, { recursive: true, force: true });
});

/** A PATH holding only the given fake commands (shell scripts). */
function fakePath(commands: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-bin-'));
  fakeBins.push(dir);
  for (const [name, script] of Object.entries(commands)) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  }
  return dir;
}

describe('missing prerequisites get one clear sentence', () => {
  const withPath = (commands: Record<string, string>) => ({ ...process.env, PATH: fakePath(commands) });

  it('no Java', () => {
    const env = withPath({});
    expect(() => checkJava(env)).toThrow(SetupError);
    expect(() => checkJava(env)).toThrow(/^Java was not found: install JDK 17/);
  });

  it('the wrong Java', () => {
    const env = withPath({ java: 'echo \'openjdk version "11.0.2" 2019-01-15\' >&2' });
    expect(() => checkJava(env)).toThrow(/needs Java 17 or 21, but "java" is Java 11/);
  });

  it('Java 17 passes', () => {
    expect(() => checkJava(withPath({ java: 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2' }))).not.toThrow();
  });

  it('no Maven', () => {
    expect(() => checkMaven(withPath({}))).toThrow(/^Maven \(mvn\) was not found/);
  });
});

describe('starting Neo4j', () => {
  const homes: string[] = [];
  const config = async (overrides: Record<string, unknown> = {}) => {
    const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-graph-start-'));
    homes.push(homeDir);
    return { ...loadConfig().embedded, homeDir, boltPort: await freePort(), ...overrides };
  };
  afterEach(() => {
    for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
  });

  it('names the port when it is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startServer(await config({ boltPort: port }), silentProgress)).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is already in use.*NEO4J_BOLT_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('shows the end of its log when it fails to start', async () => {
    const start = startServer(await config({ heap: 'lots' }), silentProgress);
    await expect(start).rejects.toThrow(SetupError);
    await expect(start).rejects.toThrow(/Neo4j failed to start\. The end of its log .*\n.*Invalid maximum heap size/s);
  });
});
