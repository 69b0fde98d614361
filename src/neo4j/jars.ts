import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4jConfig } from '../config';
import type { Progress } from '../progress';
import { SetupError, checkMaven } from './prerequisites';

const MARKER = '.complete';

/**
 * Makes sure the Neo4j server's jars are in `libDir`, fetching them from Maven
 * Central on first use. The copy goes to a sibling folder that is renamed into
 * place only when Maven succeeded, so an interrupted fetch never leaves a
 * half-filled lib folder behind.
 */
export async function ensureJars(config: EmbeddedNeo4jConfig, progress: Progress): Promise<void> {
  const pomText = fs.readFileSync(config.pom, 'utf8');
  if (fs.existsSync(path.join(config.libDir, MARKER)) && fs.readFileSync(path.join(config.libDir, MARKER), 'utf8') === pomText) {
    return;
  }
  checkMaven();
  const version = /<neo4j\.version>([^<]+)</.exec(pomText)?.[1] ?? '?';
  const staging = `${config.libDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(config.libDir), { recursive: true });

  const task = progress.start(`Fetching Neo4j ${version} from Maven Central (first start only, about 120 MB)`);
  const tail: string[] = [];
  let downloaded = 0;
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '-f', config.pom, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      if (line.includes('Downloaded from')) task.update(`${++downloaded} files downloaded`);
    };
    for (const stream of [mvn.stdout, mvn.stderr]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (buffered + chunk).split('\n');
        buffered = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    mvn.on('error', reject);
    mvn.on('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    task.fail();
    fs.rmSync(staging, { recursive: true, force: true });
    const unreachable = tail.some((l) => /Could not transfer|UnknownHost|Connect(ion)? (refused|timed out)|Network is unreachable/i.test(l));
    throw new SetupError(
      unreachable
        ? `Could not reach Maven Central to fetch Neo4j's jars (check the network or a Maven mirror in ~/.m2/settings.xml).\n${tail.slice(-5).join('\n')}`
        : `Maven failed to fetch Neo4j's jars:\n${tail.slice(-10).join('\n')}`,
    );
  }
  fs.writeFileSync(path.join(staging, MARKER), pomText);
  fs.rmSync(config.libDir, { recursive: true, force: true });
  fs.renameSync(staging, config.libDir);
  task.done();
}
