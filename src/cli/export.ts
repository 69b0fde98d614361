import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { embeddedConnection, loadConfig } from '../config';
import { type CommandArgs, UsageError, runCommand } from './command';
import { csvWriter } from '../export/csv';
import { FILE_FORMATS, FORMAT_NAMES, isFileFormat } from '../export/formats';
import type { GraphWriter, Sink } from '../export/model';
import { exportGraph } from '../export/read';
import { scopeFrom } from '../export/scope';
import { writableSink } from '../export/stream';
import { Database, createDriver } from '../neo4j/database';

const USAGE = `Usage: npm run export -- --format <${FORMAT_NAMES.join('|')}> [--id <node id> [--depth 1-3] [--limit 1-500]] [--types Label,Label] [--out <file>]

Exports the whole graph, or the neighbourhood of --id, from the running Neo4j
(NEO4J_URI, else the project's own server started by \`npm start\`).
--out is a file (default: standard output); for csv a directory (default: .)
that receives nodes.csv and edges.csv.`;

/** A file written under a temporary name and renamed when complete, so a broken export leaves no half file. */
function fileSink(file: string): { sink: Sink; finish(): Promise<void>; abort(): void } {
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial);
  return {
    sink: writableSink(out),
    finish: () =>
      new Promise((resolve, reject) => {
        out.once('error', reject);
        out.end(() => {
          fs.renameSync(partial, file);
          resolve();
        });
      }),
    abort: () => {
      out.destroy();
      fs.rmSync(partial, { force: true });
    },
  };
}

const OPTIONS = {
  options: {
    format: { type: 'string' },
    id: { type: 'string' },
    depth: { type: 'string' },
    limit: { type: 'string' },
    types: { type: 'string' },
    out: { type: 'string' },
  },
} as const;

async function main({ values }: CommandArgs<typeof OPTIONS>): Promise<number> {
  const format = values.format ?? '';
  if (format !== 'csv' && !isFileFormat(format)) throw new UsageError(`${format ? `Unknown format "${format}"` : 'No --format given'}.`);
  const scope = scopeFrom(values);

  const config = loadConfig();
  const connection = config.external ?? embeddedConnection(config.embedded);
  const driver = createDriver(connection);
  try {
    await driver.getServerInfo({ database: connection.database });
  } catch (error) {
    await driver.close();
    console.error(`Cannot reach Neo4j at ${connection.uri} (${(error as Error).message}). Start it with \`npm start\`, or set NEO4J_URI.`);
    return 1;
  }
  const db = new Database(driver, connection.database);

  const files: ReturnType<typeof fileSink>[] = [];
  let writer: GraphWriter;
  if (format === 'csv') {
    const dir = values.out ?? '.';
    fs.mkdirSync(dir, { recursive: true });
    const nodes = fileSink(path.join(dir, 'nodes.csv'));
    const edges = fileSink(path.join(dir, 'edges.csv'));
    files.push(nodes, edges);
    writer = csvWriter({ nodes: nodes.sink, edges: edges.sink });
  } else if (values.out) {
    const file = fileSink(values.out);
    files.push(file);
    writer = FILE_FORMATS[format].writer(file.sink);
  } else {
    writer = FILE_FORMATS[format].writer(writableSink(process.stdout));
  }
  // A reader that has had enough (`| head`) closes the pipe: stop reading and end quietly.
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  try {
    await exportGraph(db, scope, writer);
    for (const f of files) await f.finish();
    if (format === 'csv') console.error(`Wrote ${path.join(values.out ?? '.', 'nodes.csv')} and edges.csv`);
    else if (values.out) console.error(`Wrote ${values.out}`);
    return 0;
  } catch (error) {
    for (const f of files) f.abort();
    if (readerGone) return 0;
    throw error;
  } finally {
    await db.close();
  }
}

// The bounds and lookups are the API's own (a GraphQLError there: a depth out of range, an
// unknown id or label): here they are a mistake on the command line.
runCommand(USAGE, OPTIONS, (args) =>
  main(args).catch((error: unknown) => {
    throw error instanceof GraphQLError ? new UsageError(error.message) : error;
  }),
);
