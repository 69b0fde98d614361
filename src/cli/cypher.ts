import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import type { Database } from '../neo4j/database';
import { connectForCli } from '../research/connectForCli';
import { ResearchError } from '../research/errors';
import { toJson, toText } from '../research/format';
import { type Params, parseParamArgument } from '../research/params';
import { listQueryFiles, readQueryFile, resolveQueryFile } from '../research/queryFiles';
import { runQuery } from '../research/runQuery';

const USAGE = `Runs Cypher against the project's Neo4j (NEO4J_URI, or the one \`npm run db:start\` runs).

  npm run cypher -- <file.cypher | name of cypher/queries/*> [options]
  npm run cypher -- -e "<query>" [options]
  npm run cypher -- --list

Options:
  -p, --param name=value  a query parameter (repeatable). JSON where it parses
                          (42, true, null, "text", [1,2]), otherwise text: name=UAE,
                          from=2023-01-01 (dates go as text; queries use date($from))
  --example               take the :param values the file's header documents
                          (--param overrides them)
  --json                  print {columns, rows, rowCount, truncated} as JSON
  --write                 allow writes (default: read-only: READ transaction,
                          writes refused)
  --timeout <seconds>     stop the query after this long (default 60)
  --max-rows <n>          keep at most n rows (default 10000)
  -h, --help`;

interface Options {
  query: string;
  params: Params;
  json: boolean;
  write: boolean;
  timeoutMs: number;
  maxRows: number;
}

function positiveNumber(raw: string | undefined, option: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ResearchError('BAD_REQUEST', `${option} takes a positive number, got "${raw}".`);
  return value;
}

/** The arguments as parseArgs reads them; a mistake in them is a BAD_REQUEST. */
function readArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        e: { type: 'string' },
        param: { type: 'string', short: 'p', multiple: true },
        example: { type: 'boolean' },
        json: { type: 'boolean' },
        write: { type: 'boolean' },
        timeout: { type: 'string' },
        'max-rows': { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ResearchError('BAD_REQUEST', `${(error as Error).message.split(/\.( |$)/)[0]} (npm run cypher -- --help).`);
  }
}

/** The command line as options; undefined when it only asked for help or the list. */
function parseCommandLine(argv: string[]): Options | undefined {
  const { values, positionals } = readArguments(argv);
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  if (values.list) {
    for (const file of listQueryFiles()) console.log(`${path.basename(file, '.cypher').padEnd(48)} ${readQueryFile(file).title}`);
    return undefined;
  }
  if (positionals.length + (values.e === undefined ? 0 : 1) !== 1) {
    throw new ResearchError('BAD_REQUEST', 'Give one query file, or -e "<query>" (npm run cypher -- --help).');
  }
  let query: string;
  let params: Params = {};
  if (values.e !== undefined) {
    if (values.example) throw new ResearchError('BAD_REQUEST', '--example reads a file\'s header; -e has none.');
    query = values.e;
  } else {
    const file = readQueryFile(resolveQueryFile(positionals[0]));
    query = file.text;
    if (values.example) params = { ...file.exampleParams };
  }
  for (const argument of values.param ?? []) {
    const [name, value] = parseParamArgument(argument);
    params[name] = value;
  }
  return {
    query,
    params,
    json: values.json ?? false,
    write: values.write ?? false,
    timeoutMs: Math.round(positiveNumber(values.timeout, '--timeout', 60) * 1000),
    maxRows: Math.floor(positiveNumber(values['max-rows'], '--max-rows', 10_000)),
  };
}

async function main(): Promise<void> {
  let db: Database | undefined;
  try {
    const options = parseCommandLine(process.argv.slice(2));
    if (!options) return;
    db = await connectForCli(loadConfig());
    const outcome = await runQuery(db, options.query, options.params, {
      timeoutMs: options.timeoutMs,
      maxRows: options.maxRows,
      write: options.write,
      paramHint: (names) => `pass ${names.map((n) => `--param ${n}=…`).join(' ') || '--param name=value'}`,
    });
    console.log(options.json ? toJson(outcome) : toText(outcome));
  } catch (error) {
    if (!(error instanceof ResearchError)) throw error;
    console.error(error.code === 'WRITE_REFUSED' ? `${error.message} Add --write to allow writes.` : error.message);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}

void main();
