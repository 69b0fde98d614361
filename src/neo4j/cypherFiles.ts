import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** A query of cypher/, read once: the same text researchers run by hand. */
export function cypherFile(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, relative), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

/** Splits a script into its statements (each ends with `;` at a line's end). */
export function statements(script: string): string[] {
  return script
    .split(/;[ \t]*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
