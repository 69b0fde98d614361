import { aliasKeys } from '../facts/aliases';
import { type Provenance, checkFacts } from '../facts/check';
import type { FactProblem } from '../facts/errors';
import { type Facts, contentHash } from '../facts/facts';
import type { CuratedLabel } from '../facts/model';
import type { Located } from '../facts/read';
import type { ArticleMetaInput, NodeInput } from '../facts/schema';
import { loadFacts } from '../load/load';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import { silentProgress } from '../progress';
import type { ExtractProblem } from './context';
import { type GraphName, buildAliasIndex } from './gazetteer';
import type { Article } from './intake';
import { extract } from './pipeline';
import { type ExtractedFacts, facts as factsStage } from './stages/facts';
import { type ExistingEvent, resolution } from './stages/resolution';
import { createHash } from 'node:crypto';

export const EXTRACTOR = { name: 'pow-rules', version: '1.0.0' } as const;

export interface IngestReport {
  article: string;
  /** Already in the graph (the same text, or the same id): nothing was written. */
  duplicate: boolean;
  sentences: number;
  factsByKind: Record<string, number>;
  entitiesLinked: number;
  entitiesNew: number;
  eventsLinked: number;
  proposals: number;
  problems: ExtractProblem[];
}

export class ArticleRejected extends Error {
  override name = 'ArticleRejected';
  constructor(readonly problems: FactProblem[]) {
    super(`The extracted facts broke ${problems.length} rule(s); nothing was written:\n${problems.map((p) => `  ${p.reason}`).join('\n')}`);
  }
}

/** What the extractor knows of the graph: its names, and the events a report may be about. */
export async function readGazetteer(db: Database): Promise<GraphName[]> {
  return (await db.read(cypherFile('extract/names.cypher'))) as unknown as GraphName[];
}

/**
 * Reads an article into the graph: extract, resolve against the graph, shape
 * as facts, check with the seeds' rules, load in one transaction. The same
 * article twice is written once.
 */
export async function ingestArticle(db: Database, article: Article, options: { names?: GraphName[]; now?: Date } = {}): Promise<IngestReport> {
  const present = await db.read(cypherFile('extract/article-present.cypher'), { id: article.id, hash: contentHash(article.text) });
  const base = { article: (present[0]?.id as string | undefined) ?? article.id, sentences: 0, factsByKind: {}, entitiesLinked: 0, entitiesNew: 0, eventsLinked: 0, proposals: 0, problems: [] };
  if (present.length > 0) return { ...base, duplicate: true };

  const names = buildAliasIndex(options.names ?? (await readGazetteer(db)));
  const input = { id: article.id, text: article.text, publishedAt: article.publishedAt ?? undefined, dateline: article.dateline ?? undefined, headline: article.headline ?? undefined };
  const { extraction, problems } = extract(input, names);
  const ctx = { article: input, names, report: (p: ExtractProblem) => void problems.push(p) };
  const sides = [...new Set(extraction.events.flatMap((e) => e.sides.filter((s) => s !== null).map((s) => s!.id)))];
  const existing = sides.length ? ((await db.read(cypherFile('extract/event-candidates.cypher'), { sides })) as unknown as ExistingEvent[]) : [];
  const resolutions = resolution.run({ extraction, existing }, ctx);
  const extracted = factsStage.run({ extraction, resolutions }, ctx);

  const runId = `run-${createHash('sha1').update(`${article.id}\n${EXTRACTOR.name}@${EXTRACTOR.version}`).digest('hex').slice(0, 12)}`;
  const { facts, rejected } = await checked(db, article, extracted, { reviewStatus: 'extracted', runId, confidence: extracted.confidence });
  const generated = facts.nodes.filter((n) => !n.existing).map((n) => n.id);
  facts.runs = [{ id: runId, extractor: EXTRACTOR.name, version: EXTRACTOR.version, startedAt: (options.now ?? new Date()).toISOString(), articleId: article.id, generated }];
  facts.proposals = extracted.proposals
    .filter((p) => generated.includes(p.fact) && !rejected.has(proposalId(p)))
    .map((p) => ({ ...p, articleId: article.id, runId }));
  await loadFacts(db, facts, silentProgress, { atomic: true });

  const factsByKind: Record<string, number> = {};
  for (const n of extracted.nodes) {
    const label = (n.label as string);
    if (['State', 'Organization', 'Person', 'Place', 'Unit', 'Group'].includes(label)) continue;
    factsByKind[label] = (factsByKind[label] ?? 0) + 1;
  }
  const entities = new Set(extraction.mentions.map((m) => m.entity));
  return {
    ...base,
    duplicate: false,
    sentences: extraction.sentences.length,
    factsByKind,
    entitiesLinked: [...entities].filter((e) => e.known).length,
    entitiesNew: extracted.nodes.filter((n) => ['State', 'Organization', 'Person', 'Place', 'Unit', 'Group'].includes(n.label) && !extracted.existing.has(n.id)).length,
    eventsLinked: extracted.existing.size,
    proposals: facts.proposals.length,
    problems,
  };
}

/** The extracted nodes through the seeds' own checks, against what the graph holds. */
async function checked(db: Database, article: Article, extracted: ExtractedFacts, provenance: Provenance): Promise<{ facts: Facts; rejected: Set<string> }> {
  const relationIds = extracted.nodes.flatMap((n) => n.relations.map((r) => relationshipId(n.id, r)));
  const ids = [...new Set([...extracted.nodes.flatMap((n) => [n.id, ...n.relations.map((r) => r.to)]), ...relationIds, ...extracted.proposals.map(proposalId)])];
  const keys = [...new Set(extracted.nodes.filter((n) => !extracted.existing.has(n.id)).flatMap((n) => [n.name, ...n.aliases].flatMap(aliasKeys)))];
  const [known] = await db.read(cypherFile('extract/known.cypher'), { ids, keys });
  const rejected = new Set(known.rejected as string[]);
  const file = `extracted from ${article.id}`;
  const located = <T>(value: T): Located<T> => ({ value, file, lineOf: () => 1 });
  // A fact a reviewer rejected stays out, and so does whatever pointed at it.
  const nodes: NodeInput[] = extracted.nodes
    .filter((n) => !rejected.has(n.id))
    .map((n) => ({ ...n, relations: n.relations.filter((r) => !rejected.has(r.to) && !rejected.has(relationshipId(n.id, r))) }));
  const meta: ArticleMetaInput = {
    id: article.id,
    ...(article.title !== null && article.text.split('\n')[0].trim() === article.title && { title: article.title }),
    ...(article.dateline && article.publishedAt && {
      publishedAt: article.publishedAt,
      evidence: [{ article: article.id, quote: article.text.slice(article.dateline.start, article.dateline.end) }],
    }),
    evidence: article.dateline && article.publishedAt ? [{ article: article.id, quote: article.text.slice(article.dateline.start, article.dateline.end) }] : [],
  };
  const problems: FactProblem[] = [];
  const facts = checkFacts(
    {
      articles: new Map([[article.id, article.text]]),
      articleMeta: [located(meta)],
      nodes: nodes.map(located),
      refusedIds: new Set(),
      provenance,
      graph: {
        labels: new Map(known.labels as [string, CuratedLabel][]),
        aliases: new Map(known.aliases as [string, string][]),
        existing: extracted.existing,
      },
    },
    problems,
  );
  if (problems.length > 0) throw new ArticleRejected(problems);
  // Flags given by the caller stand even where the text does not state them.
  Object.assign(facts.articles[0], { title: article.title, publishedAt: article.publishedAt, url: article.url, source: article.source });
  return { facts, rejected };
}

/** The ids a reviewer rejects by (src/review): a relationship's as the loader writes it, a proposal's as proposals.cypher does. */
const relationshipId = (from: string, r: { type: string; to: string }): string => `${from}>${r.type}>${r.to}`;
const proposalId = (p: { fact: string; candidate: string }): string => `${p.fact}~${p.candidate}`;
