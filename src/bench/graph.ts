import type { Database } from '../neo4j/database';
import { loadSynthetic, wipeGraph, type GenReport } from '../gen/load';
import { type GenOptions, tagOf } from '../gen/options';
import { prepareGraph } from '../load/prepare';
import type { Progress } from '../progress';
import type { Subjects } from './operations';

/** Setup reads scan the graph once; a cold server on a loaded machine may take a while. */
export const SETUP = { timeoutMs: 600_000 };

/** A graph size of the table: the seeds alone, or the seeds and N synthetic exchanges. */
export interface Size {
  label: string;
  exchanges: number;
}

export function parseSize(raw: string): Size {
  if (raw === 'seed') return { label: 'seed', exchanges: 0 };
  const match = /^(\d+)([km]?)$/i.exec(raw);
  if (!match) throw new Error(`--sizes takes seed or a number of exchanges (10k, 100000), got "${raw}"`);
  return { label: raw, exchanges: Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2].toLowerCase()] ?? 1) };
}

const optionsOf = (size: Size): GenOptions => ({ exchanges: size.exchanges, seed: 1, articles: size.exchanges, people: size.exchanges });

/** Does the graph hold exactly the seeds and this size's synthetic graph (seed 1)? */
async function holds(db: Database, size: Size): Promise<boolean> {
  const [row] = await db.read(
    `MATCH (x:Exchange) WHERE x.id STARTS WITH 'gen-'
     RETURN count(x) AS synthetic, count(CASE WHEN x.id STARTS WITH $prefix THEN 1 END) AS wanted`,
    { prefix: `gen-${tagOf(optionsOf(size))}-` },
    SETUP,
  );
  return row.synthetic === size.exchanges && row.wanted === size.exchanges;
}

/**
 * The sizes to measure, the one the graph already holds first: after
 * `npm run gen -- --exchanges 100000`, the bench measures that graph before
 * it replaces it with another size.
 */
export async function heldFirst(db: Database, sizes: Size[]): Promise<Size[]> {
  for (const [i, size] of sizes.entries()) {
    if (await holds(db, size)) return [size, ...sizes.slice(0, i), ...sizes.slice(i + 1)];
  }
  return sizes;
}

/**
 * Makes the graph hold exactly the seeds and this size's synthetic graph
 * (seed 1), generating it only when it is not there already. Returns the
 * generation report when it generated.
 */
export async function ensureGraph(db: Database, size: Size, progress: Progress): Promise<GenReport | undefined> {
  const present = await holds(db, size);
  if (size.exchanges === 0) {
    if (!present) {
      const task = progress.start('Deleting the synthetic graph (the seed size is the seeds alone)');
      await wipeGraph(db);
      task.done();
    }
    await prepareGraph(db, progress);
    return undefined;
  }
  if (present) return undefined;
  return loadSynthetic(db, optionsOf(size), progress, { replace: true });
}

/** The subjects of the operations: the seeds' hubs, and the most quoted speaker of this graph. */
export async function findSubjects(db: Database): Promise<Subjects> {
  const [speaker] = await db.read(
    `MATCH (p:Person)<-[:STATED_BY]-(:Statement)
     RETURN p.id AS id, p.name AS name, count(*) AS statements ORDER BY statements DESC, id LIMIT 1`,
    {},
    SETUP,
  );
  return {
    mediator: { id: 'uae', name: 'UAE' },
    group: { id: 'mariupol-defenders', name: 'Mariupol defenders', place: 'mariupol' },
    exchange: 'exchange-uae-2024',
    speaker: { id: String(speaker.id), name: String(speaker.name) },
    hub: 'uae',
  };
}
