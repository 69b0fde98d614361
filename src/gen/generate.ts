import type { Facts } from '../facts/facts';
import { FactsBuilder } from './builder';
import type { GenOptions } from './options';
import { seededRandom } from './random';
import { StoryWriter, articlesOf } from './stories';
import { buildWorld } from './world';

/** Exchanges per chunk: each chunk is loaded before the next is made, so memory stays flat at any size. */
export const CHUNK_EXCHANGES = 2_000;

export interface Chunk {
  facts: Facts;
  /** Exchanges written so far, this chunk included (0 for the world). */
  exchanges: number;
}

/**
 * The synthetic graph, as the load path's rows: first the world (states,
 * bodies, officials, places, groups, units, people), then the exchanges a
 * chunk at a time. Pure: the same options and seeds give the same rows.
 * Every chunk refers only to its own nodes, earlier chunks' and the seeds'.
 */
export function* generateFacts(options: GenOptions, seeds: Facts, chunkExchanges = CHUNK_EXCHANGES): Generator<Chunk> {
  const random = seededRandom(options.seed);
  const builder = new FactsBuilder();
  const world = buildWorld(options, seeds, builder, random);
  yield { facts: builder.take(), exchanges: 0 };

  const writer = new StoryWriter(options, world, builder, random);
  let inChunk = 0;
  for (let i = 0; i < options.exchanges; i++) {
    writer.write(i);
    inChunk++;
    const last = i === options.exchanges - 1;
    // Never cut between two exchanges that share an article: its text must be whole when loaded.
    const shared = !last && articlesOf(i + 1, options).first < articlesOf(i, options).end;
    if (last || (inChunk >= chunkExchanges && !shared)) {
      yield { facts: builder.take(), exchanges: i + 1 };
      writer.flush();
      inChunk = 0;
    }
  }
}
