import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { aliasKeys } from '../../facts/aliases';
import type { FactProblem } from '../../facts/errors';
import { readSeedFiles } from '../../facts/read';
import type { NodeInput } from '../../facts/schema';
import { type GraphName, buildAliasIndex } from '../gazetteer';
import { readArticle } from '../intake';
import { LEXICON } from '../lexicon';
import { extract } from '../pipeline';
import { goldSchema } from './gold';
import { asGold } from './predicted';
import { KINDS, type Miss, Names, type Scores, add, empty, f1, score } from './score';
import { gazetteerWithout, seedGold } from './seedGold';

export interface SetResult {
  set: string;
  articles: string[];
  scores: Scores;
  /** Micro-averaged over every kind. */
  overall: ReturnType<typeof f1>;
  missing?: string;
  /** Unmatched gold (missed) and extracted (spurious) items, for finding error classes. */
  misses: Miss[];
}

/** What the graph of these nodes would give the extractor: every name of every entity. */
export function graphNames(nodes: NodeInput[]): GraphName[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const stateOf = (n: NodeInput | undefined, depth = 0): string | null => {
    if (!n || depth > 4) return null;
    if (n.label === 'State') return n.id;
    return stateOf(byId.get(n.relations.find((r) => r.type === 'LOCATED_IN')?.to ?? ''), depth + 1);
  };
  return nodes.flatMap((n) =>
    [...new Set([n.name, ...n.aliases].flatMap(aliasKeys))].map((key) => ({ key, id: n.id, label: n.label, name: n.name, inState: n.label === 'Place' ? stateOf(n) : null })),
  );
}

function namesOf(nodes: NodeInput[]): Names {
  const names = new Names();
  for (const n of nodes) names.add([n.name, ...n.aliases]);
  for (const e of LEXICON) names.add([e.name, ...e.aliases]);
  return names;
}

function predict(file: string, id: string, gazetteer: GraphName[]) {
  const article = readArticle(fs.readFileSync(file), { id });
  const input = { id, text: article.text, publishedAt: article.publishedAt ?? undefined, dateline: article.dateline ?? undefined, headline: article.headline ?? undefined };
  return { text: article.text, predicted: asGold(id, article.text, extract(input, buildAliasIndex(gazetteer)).extraction) };
}

function summarise(set: string, articles: string[], scores: Scores, misses: Miss[]): SetResult {
  const total = KINDS.reduce((c, k) => ({ gold: c.gold + scores[k].gold, predicted: c.predicted + scores[k].predicted, matched: c.matched + scores[k].matched }), { gold: 0, predicted: 0, matched: 0 });
  return { set, articles, scores, overall: f1(total), misses };
}

/** The five seeds against their curated facts, each extracted without the facts only it vouches for. */
export function evalSeeds(seedsDir: string): SetResult {
  const problems: FactProblem[] = [];
  const files = readSeedFiles(seedsDir, problems);
  const nodes = files.nodes.map((n) => n.value);
  let scores = empty();
  const misses: Miss[] = [];
  for (const id of files.articles.keys()) {
    const { text, predicted } = predict(path.join(seedsDir, 'articles', `${id}.txt`), id, graphNames(gazetteerWithout(nodes, id)));
    scores = add(scores, score(text, seedGold(nodes, id), predicted, namesOf(nodes), misses));
  }
  return summarise('seeds', [...files.articles.keys()], scores, misses);
}

/**
 * A gold set (dev, or held-out): articles (<id>.txt) beside their gold (<id>.gold.yaml),
 * extracted against the seed graph.
 */
export function evalGoldSet(set: string, devDir: string, seedsDir: string): SetResult {
  if (!fs.existsSync(devDir)) return { ...summarise(set, [], empty(), []), missing: `no ${set} set at ${devDir}` };
  const nodes = readSeedFiles(seedsDir, []).nodes.map((n) => n.value);
  const gazetteer = graphNames(nodes.filter((n) => ['State', 'Organization', 'Person', 'Place', 'Unit', 'Group'].includes(n.label)));
  let scores = empty();
  const misses: Miss[] = [];
  const ids = fs.readdirSync(devDir).filter((f) => f.endsWith('.gold.yaml')).sort().map((f) => f.replace(/\.gold\.yaml$/, ''));
  for (const id of ids) {
    const gold = goldSchema.parse(parse(fs.readFileSync(path.join(devDir, `${id}.gold.yaml`), 'utf8')));
    const { text, predicted } = predict(path.join(devDir, `${id}.txt`), id, gazetteer);
    scores = add(scores, score(text, gold, predicted, namesOf(nodes), misses));
  }
  return summarise(set, ids, scores, misses);
}

/** The table the README shows. */
export function table(results: SetResult[]): string {
  const pct = (x: number): string => x.toFixed(2);
  const lines = ['| set | kind | gold | extracted | matched | precision | recall | F1 |', '|---|---|--:|--:|--:|--:|--:|--:|'];
  for (const r of results) {
    if (r.missing) {
      lines.push(`| ${r.set} | (${r.missing}) | | | | | | |`);
      continue;
    }
    for (const k of KINDS) {
      const c = r.scores[k];
      const s = f1(c);
      lines.push(`| ${r.set} | ${k} | ${c.gold} | ${c.predicted} | ${c.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
    }
    lines.push(`| ${r.set} | **overall** | | | | ${pct(r.overall.precision)} | ${pct(r.overall.recall)} | **${pct(r.overall.f1)}** |`);
  }
  return lines.join('\n');
}

/** The unmatched items of each set, one line each: what `--errors` prints. */
export function missList(results: SetResult[], kinds: readonly string[] = KINDS): string {
  const show = (item: Record<string, unknown>): string =>
    Object.entries(item).filter(([k]) => k !== 'key' && k !== 'aliases').map(([k, v]) => `${k}=${v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v)}`).join(' ');
  return results
    .flatMap((r) => r.misses.filter((m) => kinds.includes(m.kind)).map((m) => `${r.set} ${m.article} ${m.kind} ${m.side.toUpperCase()} ${show(m.item)}`))
    .join('\n');
}
