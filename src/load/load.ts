import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import { DATE_PROPERTIES, type Facts } from '../facts/facts';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import type { Progress } from '../progress';

const BATCH_SIZE = 500;

export interface LoadOptions {
  /** UNWIND rows per transaction (default 500); bulk loads gain from larger batches. */
  batchSize?: number;
  /** Called after each committed batch with its row count (a caller's own progress bar). */
  onRows?(rows: number): void;
  /** All in one transaction: one article's facts land whole or not at all. */
  atomic?: boolean;
}

/** What a load wrote and how fast: `rows` UNWIND rows over `ms`. */
export interface LoadReport {
  rows: number;
  ms: number;
}

function toNeo4jDate(iso: string): Neo4jDate<number> {
  const [year, month, day] = iso.split('-').map(Number);
  return new neo4j.types.Date(year, month, day);
}

/** ISO date strings become Neo4j `Date`s, so that Cypher compares them as dates. */
export function withDates<T extends Record<string, unknown>>(props: T): T {
  const out: Record<string, unknown> = { ...props };
  for (const key of DATE_PROPERTIES) {
    if (typeof out[key] === 'string') out[key] = toNeo4jDate(out[key] as string);
  }
  return out as T;
}

/**
 * Loads checked facts into Neo4j, in the order their references need, with
 * one transaction per batch of `UNWIND` rows, or all in one transaction
 * (`atomic`: one article's facts land whole or not at all). Every statement
 * MERGEs on a constrained key, so loading again leaves the graph as it was.
 */
export async function loadFacts(db: Database, facts: Facts, progress: Progress, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const began = Date.now();
  const steps: [file: string, rows: Record<string, unknown>[]][] = [
    ['load/articles.cypher', facts.articles.map((a) => withDates({ ...a }))],
    ['load/evidence.cypher', facts.evidence],
    // A node of the graph that an article only adds evidence to keeps its properties.
    ['load/nodes.cypher', facts.nodes.filter((n) => !n.existing).map((n) => ({ id: n.id, labels: n.labels, props: withDates(n.props) }))],
    [
      'load/node-evidence.cypher',
      [
        ...facts.articles.flatMap((a) => a.evidence.map((evidence) => ({ node: a.id, evidence, reviewStatus: null, runId: null, confidence: null }))),
        // The link to a passage is as trusted as the fact it was written with.
        ...facts.nodes.flatMap((n) => {
          const { reviewStatus = null, runId = null, confidence = null } = n.props;
          return n.evidence.map((evidence) => ({ node: n.id, evidence, reviewStatus, runId, confidence }));
        }),
      ],
    ],
    ['load/relationships.cypher', facts.relationships],
    ['load/aliases.cypher', facts.aliases],
    ['load/runs.cypher', facts.runs ?? []],
    ['load/proposals.cypher', facts.proposals ?? []],
  ];
  const total = steps.reduce((sum, [, rows]) => sum + rows.length, 0);
  const task = progress.start(`Loading ${facts.articles.length} articles and their facts`);
  if (options.atomic) {
    await db.writeAll(steps.filter(([, rows]) => rows.length > 0).map(([file, rows]) => ({ cypher: cypherFile(file), params: { rows } })));
    task.done(`${facts.nodes.length} nodes, ${facts.relationships.length} relationships, ${facts.evidence.length} quoted passages`);
    return { rows: total, ms: Date.now() - began };
  }
  let done = 0;
  for (const [file, rows] of steps) {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await db.write(cypherFile(file), { rows: batch });
      done += batch.length;
      options.onRows?.(batch.length);
      task.update(`${done}/${total} rows`);
    }
  }
  const ms = Date.now() - began;
  task.done(
    `${facts.nodes.length} nodes, ${facts.relationships.length} relationships, ${facts.evidence.length} quoted passages, ` +
      `${Math.round((total * 1000) / Math.max(ms, 1))} rows/s`,
  );
  return { rows: total, ms };
}
