import type { Facts } from '../facts/facts';
import { loadFacts } from '../load/load';
import { prepareGraph } from '../load/prepare';
import type { Database } from '../neo4j/database';
import { type Progress, silentProgress } from '../progress';
import { generateFacts } from './generate';
import type { GenOptions } from './options';

/** UNWIND rows per transaction: past a few thousand, Neo4j gains little and holds more in memory. */
export const GEN_BATCH_SIZE = 5_000;

export interface GenReport {
  exchanges: number;
  articles: number;
  evidence: number;
  nodes: number;
  relationships: number;
  aliases: number;
  /** UNWIND rows written (each a MERGE of a node, a relationship, a passage or an alias key). */
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

const COUNTED = ['articles', 'evidence', 'nodes', 'relationships', 'aliases'] as const;

/** Deletes every node and relationship, a slice per transaction (the schema stays). */
export async function wipeGraph(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

function bar(fraction: number, width = 24): string {
  const full = Math.round(fraction * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${Math.floor(fraction * 100)}%`;
}

/**
 * Makes the synthetic graph and loads it through the project's load path:
 * the schema and the seeds first (the synthetic exchanges hang off the seeds'
 * states and places), then the world, then the exchanges chunk by chunk,
 * each chunk's rows MERGEd in batched UNWIND transactions. `replace` deletes
 * the graph first (earlier synthetic graphs too). Loading the same options
 * again changes nothing.
 */
export async function loadSynthetic(
  db: Database,
  options: GenOptions,
  progress: Progress,
  settings: { replace?: boolean; batchSize?: number; chunkExchanges?: number } = {},
): Promise<GenReport> {
  if (settings.replace) {
    const wiping = progress.start('Deleting the graph (--replace)');
    await wipeGraph(db);
    wiping.done();
  }
  const seeds: Facts = await prepareGraph(db, progress);
  const counts = { exchanges: options.exchanges, articles: 0, evidence: 0, nodes: 0, relationships: 0, aliases: 0 };
  const task = progress.start(`Generating and loading ${options.exchanges.toLocaleString('en')} exchanges (seed ${options.seed})`);
  const began = Date.now();
  let rows = 0;
  let reported = -1;
  const rate = (): number => Math.round((rows * 1000) / Math.max(1, Date.now() - began));
  for (const chunk of generateFacts(options, seeds, settings.chunkExchanges)) {
    for (const key of COUNTED) counts[key] += chunk.facts[key].length;
    const fraction = options.exchanges === 0 ? 1 : chunk.exchanges / options.exchanges;
    await loadFacts(db, chunk.facts, silentProgress, {
      batchSize: settings.batchSize ?? GEN_BATCH_SIZE,
      onRows(n) {
        rows += n;
        task.update(`${bar(fraction)} ${chunk.exchanges.toLocaleString('en')} exchanges, ${rows.toLocaleString('en')} rows, ${rate().toLocaleString('en')} rows/s`);
      },
    });
    // Logs (no terminal to redraw on) get a line every tenth.
    const tenth = Math.floor(fraction * 10);
    if (!process.stderr.isTTY && tenth > reported) {
      reported = tenth;
      progress.info(`  ${bar(fraction)} ${rows.toLocaleString('en')} rows, ${rate().toLocaleString('en')} rows/s`);
    }
  }
  const ms = Date.now() - began;
  const report = { ...counts, rows, ms, rowsPerSecond: rate() };
  task.done(
    `${report.nodes.toLocaleString('en')} nodes, ${report.relationships.toLocaleString('en')} relationships, ` +
      `${report.articles.toLocaleString('en')} articles, ${report.evidence.toLocaleString('en')} passages, ` +
      `${rows.toLocaleString('en')} rows at ${report.rowsPerSecond.toLocaleString('en')} rows/s`,
  );
  return report;
}
