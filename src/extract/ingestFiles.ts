import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../neo4j/database';
import type { Progress } from '../progress';
import { type IngestReport, ingestArticle, readGazetteer } from './ingest';
import { type ArticleOptions, ArticleRefused, readArticle } from './intake';

export interface IngestSummary {
  reports: IngestReport[];
  /** Files left out, each with why; the others went on. */
  skipped: { file: string; reason: string }[];
}

/** The files a path stands for: a file itself, or a folder's files (not its hidden ones), in name order. */
function filesOf(target: string): string[] {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((f) => !f.startsWith('.') && !f.endsWith('.yaml') && fs.statSync(path.join(target, f)).isFile())
    .sort()
    .map((f) => path.join(target, f));
}

/**
 * Ingests files and folders, one article (one transaction) at a time: a bad
 * file is skipped with its reason and the rest go on. `options` (id, title…)
 * apply only to a single file.
 */
export async function ingestPaths(db: Database, targets: string[], options: ArticleOptions, progress: Progress): Promise<IngestSummary> {
  const files = targets.flatMap(filesOf);
  if (files.length > 1 && options.id) throw new ArticleRefused('--id names one article: give a single file');
  const summary: IngestSummary = { reports: [], skipped: [] };
  const task = progress.start(`Ingesting ${files.length} file(s)`);
  let names = await readGazetteer(db);
  for (const [i, file] of files.entries()) {
    task.update(`${i + 1}/${files.length} ${path.basename(file)}`);
    try {
      const report = await ingestArticle(db, readArticle(fs.readFileSync(file), options), { names });
      summary.reports.push(report);
      // What this article added is known to the next one.
      if (!report.duplicate) names = await readGazetteer(db);
    } catch (error) {
      if (!(error instanceof Error) || !['ArticleRefused', 'ArticleRejected'].includes(error.name)) throw error;
      summary.skipped.push({ file, reason: error.message });
    }
  }
  task.done(`${summary.reports.length} read, ${summary.skipped.length} skipped`);
  return summary;
}

/** The summary an analyst reads after an ingest. */
export function describe(summary: IngestSummary): string {
  const fresh = summary.reports.filter((r) => !r.duplicate);
  const kinds: Record<string, number> = {};
  for (const r of fresh) for (const [k, n] of Object.entries(r.factsByKind)) kinds[k] = (kinds[k] ?? 0) + n;
  const sum = (f: (r: IngestReport) => number): number => fresh.reduce((s, r) => s + f(r), 0);
  const lines = [
    `articles: ${fresh.length} ingested, ${summary.reports.length - fresh.length} already in the graph, ${summary.skipped.length} skipped`,
    `sentences: ${sum((r) => r.sentences)}`,
    `facts: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`,
    `entities: ${sum((r) => r.entitiesLinked)} linked to the graph, ${sum((r) => r.entitiesNew)} new; events linked to the graph's: ${sum((r) => r.eventsLinked)}`,
    `awaiting review: ${sum((r) => r.proposals)} proposal(s), and every extracted fact (npm run review)`,
    ...fresh.map((r) => `  ${r.article}${r.problems.length ? `: ${r.problems.length} note(s): ${r.problems.map((p) => p.reason).join('; ')}` : ''}`),
    ...summary.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
  ];
  return lines.join('\n');
}
