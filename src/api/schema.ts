import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL of every domain, one file each in schema/. */
export function typeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}
