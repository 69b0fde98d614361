import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { describe, ingestPaths } from '../extract/ingestFiles';
import { removeArticle } from '../extract/remove';
import { consoleProgress } from '../progress';
import { connectForCli } from '../research/connectForCli';
import { type CommandArgs, UsageError, runCommand } from './command';

const USAGE = `Usage: npm run ingest -- <file|folder|-> [--id ID] [--title T] [--published-at YYYY-MM-DD] [--url U] [--source S]
       npm run ingest -- --remove <article-id>

Reads news articles into the graph (NEO4J_URI, else the project's database:
\`npm run db:start\`). Every fact extracted is marked extracted, with its run and
confidence, until a reviewer accepts it (npm run review). The same text twice
is one article. Empty, binary, non-UTF-8 and >1 MB files are skipped.`;

const OPTIONS = {
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    'published-at': { type: 'string' },
    url: { type: 'string' },
    source: { type: 'string' },
    remove: { type: 'string' },
  },
} as const;

async function main({ values, positionals }: CommandArgs<typeof OPTIONS>): Promise<number> {
  if (positionals.length === 0 && !values.remove) throw new UsageError('Give a file, a folder or - (standard input), or --remove <article-id>.');
  const db = await connectForCli(loadConfig());
  try {
    if (values.remove) {
      const removed = await removeArticle(db, values.remove);
      console.log(removed !== null ? `Removed ${values.remove}, its ${removed} passage(s) and the facts only it supported.` : `No article "${values.remove}" in the graph.`);
      return removed !== null ? 0 : 1;
    }
    let targets = positionals;
    if (positionals.includes('-')) {
      // Standard input becomes a file, so it goes through the same checks.
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-')), 'stdin.txt');
      fs.writeFileSync(file, fs.readFileSync(0));
      targets = positionals.map((p) => (p === '-' ? file : p));
    }
    const summary = await ingestPaths(
      db,
      targets,
      { id: values.id, title: values.title, publishedAt: values['published-at'], url: values.url, source: values.source },
      consoleProgress(),
    );
    console.log(describe(summary));
    return summary.skipped.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

runCommand(USAGE, OPTIONS, main);
