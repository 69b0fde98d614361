import { createHash } from 'node:crypto';
import { checkFacts } from './check';
import { type FactProblem, FactsRejected } from './errors';
import { readSeedFiles } from './read';

/** The facts, checked and shaped for loading: what the Cypher load statements take. */
export interface Facts {
  articles: {
    id: string;
    title: string | null;
    publishedAt: string | null;
    text: string;
    contentHash: string;
    evidence: string[];
    url?: string | null;
    source?: string | null;
  }[];
  evidence: { id: string; articleId: string; quote: string; sentence: string }[];
  /** `existing`: a node of the graph that only gains evidence and relations; its properties stay as they are. */
  nodes: { id: string; labels: string[]; props: Record<string, unknown>; evidence: string[]; existing?: boolean }[];
  relationships: { id: string; type: string; from: string; to: string; props: Record<string, unknown> }[];
  aliases: { key: string; name: string; target: string }[];
  /** Extractor runs and the nodes each generated (none for curated seeds). */
  runs?: { id: string; extractor: string; version: string; startedAt: string; articleId: string; generated: string[] }[];
  /** Possible matches left for review. */
  proposals?: { fact: string; candidate: string; reason: string; articleId: string; runId: string }[];
}

/** Node properties holding ISO dates; the loader stores them as Neo4j `Date`s. */
export const DATE_PROPERTIES = [
  'publishedAt', 'startDate', 'endDate', 'notBefore', 'notAfter', 'earliestDate', 'latestDate', 'sortDate', 'sinceDate',
] as const;

/** The same text is the same article, whatever its id: what re-ingesting checks. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').trim()).digest('hex');
}

export function evidenceId(articleId: string, quote: string): string {
  return `ev-${createHash('sha1').update(`${articleId}\n${quote}`).digest('hex').slice(0, 12)}`;
}

/**
 * Reads and checks the seeds. Every problem found is reported at once, with
 * file and line; any problem at all and nothing is returned to load.
 */
export function readFacts(seedsDir: string): Facts {
  const problems: FactProblem[] = [];
  const files = readSeedFiles(seedsDir, problems);
  // With a file unread, every reference into it would look dangling: report what stops the reading first.
  if (files.unparsed) throw new FactsRejected(problems);
  const facts = checkFacts({ ...files, provenance: { reviewStatus: 'curated' } }, problems);
  if (problems.length > 0) throw new FactsRejected(problems);
  return facts;
}
