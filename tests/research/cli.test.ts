import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/neo4j/database';
import { seededDatabase } from '../support/graph';
import { runCli } from './support';

describe('npm run cypher', () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(() => db.close());

  it('runs a library file by name with --param and prints a readable answer', async () => {
    const run = await runCli(['exchanges-by-mediator', '--param', 'name=UAE']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/exchange\s+exchange-uae-2024/);
    expect(run.stdout).toMatch(/004_6e72fc995c898aae/);
    expect(run.stdout).toMatch(/\n1 row in \d+ ms\n$/);
  });

  it("runs a file by path with the header's example params (--example), as JSON", async () => {
    const run = await runCli(['cypher/queries/a2-exchanges-mediated-or-hosted-by-turkey.cypher', '--example', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.rows.map((r: { exchange: string }) => r.exchange).sort()).toEqual([
      'exchange-1000-for-1000',
      'exchange-2025-05-23',
      'exchange-istanbul-under-25',
    ]);
  });

  it('parses numbers and booleans, keeps other values as text', async () => {
    const run = await runCli([
      '-e',
      'RETURN $n + 1 AS n, $flag AS flag, $name AS name, $quoted AS quoted, date($day).year AS year',
      '-p', 'n=41', '-p', 'flag=true', '-p', 'name=UAE', '-p', 'quoted="42"', '-p', 'day=2025-05-23', '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toEqual([{ n: 42, flag: true, name: 'UAE', quoted: '42', year: 2025 }]);
  });

  it.each([
    [['no-such-query'], /^No query file "no-such-query": give a path or the name of a file of cypher\/queries\/ \(npm run cypher -- --list\)\.$/],
    [['-e', 'MATCH (n RETURN n'], /^Cypher syntax error: .+ at line 1, column \d+\.$/],
    [['exchanges-by-mediator'], /^The query needs \$name: pass --param name=…\.$/],
    [['-e', 'RETURN 1', '--bogus'], /^Unknown option '--bogus' \(npm run cypher -- --help\)\.$/],
    [['-e', 'RETURN 1', '-p', 'no-equals-sign'], /^--param takes name=value with a Cypher parameter name, got "no-equals-sign"\.$/],
  ])('fails in one sentence with exit code 1: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')).toHaveLength(1);
  });

  it('says how to start the database when none is configured or running', async () => {
    const run = await runCli(['-e', 'RETURN 1'], { NEO4J_URI: '', NEO4J_BOLT_PORT: '1', NEO4J_HOME_DIR: '/nonexistent-research-test' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "No Neo4j is running at bolt://127.0.0.1:1: start the project's database with `npm run db:start` (or set NEO4J_URI to another server).",
    );
  });

  it('lists the library with what each file answers', async () => {
    const run = await runCli(['--list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^a1-exchanges-mediated-by-uae\s+A1\. Which exchanges did the UAE mediate\?$/m);
  });
});
