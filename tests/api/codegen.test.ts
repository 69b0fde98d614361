import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/config';

const GENERATED = path.join(PROJECT_ROOT, 'src/api/generated/types.ts');
const codegenCheck = (): void =>
  void execFileSync(path.join(PROJECT_ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
  });

describe('generated resolver types', () => {
  it('match the SDL in schema/ (run `npm run codegen` if this fails)', () => {
    expect(codegenCheck).not.toThrow();
  });

  it('are found stale when they differ from what the SDL generates', () => {
    const original = fs.readFileSync(GENERATED, 'utf8');
    try {
      fs.writeFileSync(GENERATED, original.replace('export type Scalars', 'export type ScalarsEdited'));
      expect(codegenCheck).toThrow();
    } finally {
      fs.writeFileSync(GENERATED, original);
    }
  });
});
