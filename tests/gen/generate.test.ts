import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { SEEDS_DIR } from '../../src/config';
import { type Facts, readFacts } from '../../src/facts/facts';
import { generateFacts } from '../../src/gen/generate';
import type { GenOptions } from '../../src/gen/options';

const seeds = readFacts(SEEDS_DIR);

/** All chunks of a generation, joined. */
function generated(options: GenOptions, chunkExchanges = 7): Facts {
  const all: Facts = { articles: [], evidence: [], nodes: [], relationships: [], aliases: [] };
  for (const { facts } of generateFacts(options, seeds, chunkExchanges)) {
    for (const key of Object.keys(all) as (keyof Facts)[]) (all[key] as unknown[]).push(...(facts[key] ?? []));
  }
  return all;
}

const canonical = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value;
/** Rows as sorted text; `reviewStatus` aside (seeds say curated, the generator synthetic). */
const rows = (facts: Facts): Record<keyof Facts, string[]> =>
  Object.fromEntries(
    (Object.keys(facts) as (keyof Facts)[]).map((key) => [
      key,
      (facts[key] ?? []).map((row) => JSON.stringify(row, (k, v) => (k === 'reviewStatus' ? undefined : canonical(k, v)))).sort(),
    ]),
  ) as Record<keyof Facts, string[]>;

/**
 * The synthetic facts written out as curated seeds (articles as text files,
 * nodes and relations as YAML with their quotes), beside the real seeds.
 */
function asSeedFiles(facts: Facts): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-seeds-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const quote = new Map(facts.evidence.map((e) => [e.id, { article: e.articleId, quote: e.quote }]));
  const quotes = (ids: string[]) => ids.map((id) => quote.get(id)!);
  for (const a of facts.articles) fs.writeFileSync(path.join(dir, 'articles', `${a.id}.txt`), a.text);
  fs.appendFileSync(
    path.join(dir, 'facts', 'articles.yaml'),
    `\n${stringify(facts.articles.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt, evidence: quotes(a.evidence) })))}`,
  );
  const relations = new Map<string, object[]>();
  for (const r of facts.relationships) {
    const { id: _id, evidence, reviewStatus: _r, ...props } = r.props as { id: string; evidence: string[]; reviewStatus: string };
    relations.set(r.from, [...(relations.get(r.from) ?? []), { type: r.type, to: r.to, ...props, evidence: quotes(evidence) }]);
  }
  const nodes = facts.nodes.map((n) => {
    const { startDate, endDate, datePrecision, notBefore, notAfter, earliestDate: _e, latestDate: _l, sortDate: _s, reviewStatus: _r, ...props } = n.props;
    const date = datePrecision && { start: startDate, end: endDate, precision: datePrecision, notBefore, notAfter };
    return { ...props, ...(date ? { date: JSON.parse(JSON.stringify(date)) } : {}), evidence: quotes(n.evidence), relations: relations.get(n.id) ?? [] };
  });
  fs.writeFileSync(path.join(dir, 'facts', 'synthetic.yaml'), stringify(nodes));
  return dir;
}

describe('the synthetic graph generator', () => {
  const options: GenOptions = { exchanges: 40, seed: 7, articles: 40, people: 60 };

  it('makes the same rows from the same options, and other rows from another seed', () => {
    expect(rows(generated(options))).toEqual(rows(generated(options)));
    expect(rows(generated({ ...options, seed: 8 })).relationships).not.toEqual(rows(generated(options)).relationships);
  });

  it('gives the same rows whatever the chunk size', () => {
    expect(rows(generated(options, 3))).toEqual(rows(generated(options, 1_000)));
  });

  it.each([
    ['one article per exchange', options],
    ['articles shared by several exchanges', { ...options, articles: 15 }],
    ['several articles per exchange', { ...options, articles: 100, people: 25 }],
  ])('makes exactly the rows the curated seeds path makes from the same facts: %s', (_name, opts) => {
    const synthetic = generated(opts);
    const dir = asSeedFiles(synthetic);
    try {
      // readFacts checks every rule curated seeds obey (quotes verbatim, model, dates, unique alias keys) and shapes the rows.
      const curated = readFacts(dir);
      const expected = rows({
        articles: [...seeds.articles, ...synthetic.articles],
        evidence: [...seeds.evidence, ...synthetic.evidence],
        nodes: [...seeds.nodes, ...synthetic.nodes],
        relationships: [...seeds.relationships, ...synthetic.relationships],
        aliases: [...seeds.aliases, ...synthetic.aliases],
      });
      expect(rows(curated)).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts most exchanges on a few hubs: the UAE mediates the most, Mariupol-tied groups are released the most', () => {
    const facts = generated({ exchanges: 2_000, seed: 1, articles: 2_000, people: 2_000 }, 500);
    const byTarget = (type: string): [string, number][] => {
      const counts = new Map<string, number>();
      for (const r of facts.relationships) if (r.type === type && r.from.includes('-exchange-')) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1]);
    };
    const mediators = byTarget('MEDIATED_BY');
    expect(mediators[0][0]).toBe('uae');
    expect(mediators[0][1]).toBeGreaterThan(mediators[5][1] * 3);
    const groups = byTarget('INVOLVED').filter(([id]) => id.includes('-group-'));
    expect(groups.slice(0, 3).map(([id]) => id)).toEqual(expect.arrayContaining([expect.stringMatching(/-group-0$/)]));
  });
});
