import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../neo4j/cypherFiles';
import { ResearchError } from './errors';
import type { Params } from './params';

/** The query library: one file per analyst question and per common research need. */
export const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

export interface QueryFile {
  path: string;
  /** The file as it is: what the CLI sends, what Neo4j Browser runs. */
  text: string;
  /** The header's first line: what the file answers. */
  title: string;
  /** The header comment, without its `//` marks. */
  header: string;
  /** The header's example `:param name => value` lines, parsed. */
  exampleParams: Params;
}

export function listQueryFiles(): string[] {
  return fs
    .readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(QUERIES_DIR, f));
}

/**
 * A path (relative to where the user ran npm, INIT_CWD) or the name of a
 * file of the library, with or without `.cypher`.
 */
export function resolveQueryFile(argument: string, cwd = process.env.INIT_CWD ?? process.cwd()): string {
  const candidates = [
    path.resolve(cwd, argument),
    path.join(QUERIES_DIR, argument),
    path.join(QUERIES_DIR, `${argument}.cypher`),
  ];
  const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (!found) {
    throw new ResearchError(
      'BAD_REQUEST',
      `No query file "${argument}": give a path or the name of a file of cypher/queries/ (npm run cypher -- --list).`,
    );
  }
  return found;
}

export function readQueryFile(file: string): QueryFile {
  const text = fs.readFileSync(file, 'utf8');
  const headerLines: string[] = [];
  for (const line of text.split('\n')) {
    const comment = /^\s*\/\/ ?(.*)$/.exec(line);
    if (!comment) break;
    headerLines.push(comment[1]);
  }
  const exampleParams: Params = {};
  for (const line of headerLines) {
    const param = /^\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$/.exec(line);
    if (param) exampleParams[param[1]] = parseLiteral(param[2], `${path.basename(file)}: :param ${param[1]}`);
  }
  return { path: file, text, title: headerLines[0]?.trim() ?? '', header: headerLines.join('\n'), exampleParams };
}

/**
 * The value of a `:param` line: the Cypher literals an example needs
 * (strings, numbers, booleans, null, lists of them).
 */
export function parseLiteral(source: string, where: string): unknown {
  let i = 0;
  const fail = (): never => {
    throw new ResearchError('BAD_REQUEST', `${where}: "${source}" is not a literal this reader understands.`);
  };
  const space = (): void => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  const value = (): unknown => {
    space();
    const c = source[i];
    if (c === "'" || c === '"') {
      let out = '';
      for (i++; i < source.length && source[i] !== c; i++) {
        if (source[i] === '\\') {
          i++;
          out += { n: '\n', t: '\t' }[source[i]] ?? source[i];
        } else out += source[i];
      }
      if (source[i] !== c) fail();
      i++;
      return out;
    }
    if (c === '[') {
      i++;
      const items: unknown[] = [];
      space();
      for (let first = true; source[i] !== ']'; first = false) {
        if (!first) {
          if (source[i] !== ',') fail();
          i++;
        }
        items.push(value());
        space();
        if (i >= source.length) fail();
      }
      i++;
      return items;
    }
    const word = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/i.exec(source.slice(i));
    if (!word) return fail();
    i += word[0].length;
    const w = word[0].toLowerCase();
    return w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(word[0]);
  };
  const result = value();
  space();
  if (i !== source.length) fail();
  return result;
}
