import { execFile } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/neo4j/database';
import { plain } from '../../src/neo4j/values';
import type { Params } from '../../src/research/params';
import { QUERIES_DIR, readQueryFile } from '../../src/research/queryFiles';
import { runQuery } from '../../src/research/runQuery';

export type Row = Record<string, unknown>;
export interface Evidence {
  fact: string;
  article: string;
  quote: string;
}

/** Runs a file of cypher/queries/ the way `npm run cypher` does: its documented params, then `overrides`. */
export async function runLibraryFile(db: Database, name: string, overrides: Params = {}): Promise<Row[]> {
  const file = readQueryFile(path.join(QUERIES_DIR, `${name}.cypher`));
  const outcome = await runQuery(db, file.text, { ...file.exampleParams, ...overrides }, {
    timeoutMs: 30_000,
    maxRows: 10_000,
    paramHint: () => 'test',
  });
  return outcome.rows.map((row) => plain(row) as Row);
}

export const evidenceOf = (row: Row): Evidence[] => (row.evidence ?? []) as Evidence[];
export const articlesOf = (row: Row): string[] => [...new Set(evidenceOf(row).map((e) => e.article))].sort();
export const column = (rows: Row[], name: string): unknown[] => rows.map((r) => r[name]);

export interface CliRun {
  code: number;
  stdout: string;
  /** stderr without npm's own warnings about the machine's npm configuration. */
  stderr: string;
}

/** `npx tsx src/cli/cypher.ts …` as a child process, against the run's Neo4j (NEO4J_URI). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/cypher.ts', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        const ownStderr = stderr
          .split('\n')
          .filter((line) => line.trim() !== '' && !line.startsWith('npm warn'))
          .join('\n');
        resolve({ code, stdout, stderr: ownStderr });
      },
    );
  });
}
