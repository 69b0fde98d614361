import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { withEnv } from './env';
const { needsNeo4j, testFiles, unitTests } = require('./projects') as {
  needsNeo4j: (file: string, root: string) => boolean;
  testFiles: (root: string) => string[];
  unitTests: (root: string) => string[];
};

/** Pure: the test helpers themselves. */
describe('withEnv', () => {
  const KEY = 'WITH_ENV_TEST_VALUE';
  const OTHER = 'WITH_ENV_TEST_OTHER';

  it('sets the variables while it runs and puts back what was there, set or unset', async () => {
    process.env[OTHER] = 'before';
    const seen = await withEnv({ [KEY]: 'inside', [OTHER]: undefined }, async () => [process.env[KEY], process.env[OTHER]]);
    expect(seen).toEqual(['inside', undefined]);
    expect(process.env[KEY]).toBeUndefined();
    expect(process.env[OTHER]).toBe('before');
    delete process.env[OTHER];
  });

  it('puts them back when the work throws', async () => {
    await expect(withEnv({ [KEY]: 'inside' }, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(process.env[KEY]).toBeUndefined();
  });
});

describe('the Jest projects, read from what each test imports', () => {
  // A small tree of test files (kept as .fixture files, so that neither Jest nor the reader takes them for tests).
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'projects-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const fixture = path.join(__dirname, 'projects-fixture');
  for (const file of fs.readdirSync(fixture, { recursive: true }).map(String)) {
    if (!file.endsWith('.fixture')) continue;
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.copyFileSync(path.join(fixture, file), path.join(root, file.replace(/\.fixture$/, '')));
  }

  it('puts a test in `graph` when it reaches Neo4j, directly, through a helper, a server or a child process; every other in `unit`', () => {
    expect(testFiles(root)).toHaveLength(5);
    expect(unitTests(root)).toEqual(['tests/a/pure.test.ts']);
    expect(needsNeo4j(path.join(root, 'tests/a/indirect.test.ts'), root)).toBe(true);
  });

  it('classifies the real tests as the projects expect: this file is pure, the seeded API tests are not', () => {
    const unit = unitTests(process.cwd());
    expect(unit).toContain('tests/support/support.test.ts');
    expect(unit).toContain('tests/query/select.test.ts');
    expect(unit).not.toContain('tests/api/acceptance.test.ts');
    expect(unit).not.toContain('tests/neo4j/supervise.test.ts');
  });
});
