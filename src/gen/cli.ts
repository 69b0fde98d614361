import { type CommandArgs, UsageError, runCommand } from '../cli/command';
import { consoleProgress } from '../progress';
import { cpuSeconds } from './cpu';
import { loadSynthetic } from './load';
import type { GenOptions } from './options';
import { openTarget } from './target';

const USAGE = `Generates a deterministic synthetic graph in the project's model and loads it.

  npm run gen -- --exchanges N [--seed S] [--articles M] [--people P] [--replace] [--uri bolt://host:port]

  --exchanges N   exchanges to make (with their talks, agreements, figures, statements)
  --seed S        the random seed (default 1): the same options give the same graph
  --articles M    articles reporting them (default N; ~10 quoted sentences each)
  --people P      people: officials and named prisoners (default N)
  --replace       delete the graph first (the seeds are loaded again: the synthetic
                  exchanges hang off their states and places)
  --uri URI       a Neo4j the project did not start (or set NEO4J_URI); without
                  either, the project's own Neo4j is started as by npm run db:start
  --batch B       UNWIND rows per transaction (default 5000)`;

function count(raw: string | undefined, option: string, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`${option} is required.`);
    return fallback;
  }
  // 100k and 1M read as they are written in the docs.
  const match = /^(\d+)([kKmM]?)$/.exec(raw.replace(/_/g, ''));
  if (!match) throw new UsageError(`${option} takes a whole number (e.g. 10000, 100k, 1M), got "${raw}".`);
  return Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2].toLowerCase()] ?? 1);
}

const OPTIONS = {
  options: {
    exchanges: { type: 'string' },
    seed: { type: 'string' },
    articles: { type: 'string' },
    people: { type: 'string' },
    replace: { type: 'boolean' },
    uri: { type: 'string' },
    batch: { type: 'string' },
  },
} as const;

async function main({ values }: CommandArgs<typeof OPTIONS>): Promise<void> {
  const exchanges = count(values.exchanges, '--exchanges');
  const options: GenOptions = {
    exchanges,
    seed: count(values.seed, '--seed', 1),
    articles: count(values.articles, '--articles', exchanges),
    people: count(values.people, '--people', exchanges),
  };
  if (exchanges < 1 || options.articles < 1) throw new UsageError('--exchanges and --articles must be at least 1.');
  const progress = consoleProgress();
  const target = await openTarget(values.uri, progress);
  const neo4jCpu = target.server && cpuSeconds(target.server.pid);
  const ownCpu = process.cpuUsage();
  try {
    const report = await loadSynthetic(target.db, options, progress, {
      replace: values.replace,
      batchSize: values.batch ? count(values.batch, '--batch') : undefined,
    });
    const used = process.cpuUsage(ownCpu);
    const cpu = {
      generatorCpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
      // Only for the project's own Neo4j, whose process this machine can see.
      neo4jCpuSeconds: neo4jCpu !== undefined ? Math.round((cpuSeconds(target.server!.pid)! - neo4jCpu) * 10) / 10 : undefined,
    };
    console.log(JSON.stringify({ target: target.uri, options, ...report, ...cpu }));
  } finally {
    await target.db.close();
  }
  if (target.server) console.log(`The project's Neo4j stays up at ${target.uri}; stop it with: npm run db:stop`);
}

runCommand(USAGE, OPTIONS, main);
