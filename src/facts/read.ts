import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { FactProblem } from './errors';
import { articleMetaSchema, nodeSchema } from './schema';

export type PathKey = string | number;

/** A parsed item of a seed file, able to say on which line any of its parts stands. */
export interface Located<T> {
  value: T;
  file: string;
  lineOf(path: PathKey[]): number;
}

export interface SeedFiles {
  /** Article id (the file stem) → its text. */
  articles: Map<string, string>;
  articleMeta: Located<z.infer<typeof articleMetaSchema>>[];
  nodes: Located<z.infer<typeof nodeSchema>>[];
  /**
   * Ids of items refused for their shape (their problems are reported): a
   * reference to one of them is not a second mistake.
   */
  refusedIds: Set<string>;
  /** Some file is not YAML at all: what it defines is unknown, so references cannot be checked. */
  unparsed: boolean;
}

const ARTICLE_META_FILE = 'articles.yaml';

/**
 * Reads seeds/articles/*.txt and seeds/facts/*.yaml. Shape errors (a missing
 * field, a wrong type, YAML that does not parse) are collected into `problems`
 * with their line; the items that passed are returned for the cross-checks.
 */
export function readSeedFiles(seedsDir: string, problems: FactProblem[]): SeedFiles {
  const articlesDir = path.join(seedsDir, 'articles');
  const articles = new Map(
    fs
      .readdirSync(articlesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [path.basename(f, '.txt'), fs.readFileSync(path.join(articlesDir, f), 'utf8')]),
  );

  const factsDir = path.join(seedsDir, 'facts');
  const files = fs.readdirSync(factsDir).filter((f) => f.endsWith('.yaml')).sort();
  const result: SeedFiles = { articles, articleMeta: [], nodes: [], refusedIds: new Set(), unparsed: false };
  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(factsDir, name)) || name;
    const schema = name === ARTICLE_META_FILE ? articleMetaSchema : nodeSchema;
    const items = readList(path.join(factsDir, name), file, schema, problems, result);
    if (name === ARTICLE_META_FILE) result.articleMeta.push(...(items as Located<z.infer<typeof articleMetaSchema>>[]));
    else result.nodes.push(...(items as Located<z.infer<typeof nodeSchema>>[]));
  }
  return result;
}

function readList<S extends z.ZodType>(
  absolute: string,
  file: string,
  schema: S,
  problems: FactProblem[],
  seen: Pick<SeedFiles, 'refusedIds' | 'unparsed'>,
): Located<z.infer<S>>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(absolute, 'utf8'), { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  for (const error of doc.errors) {
    problems.push({ file, line: lineAt(error.pos[0]), reason: `YAML does not parse: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) {
    seen.unparsed = true;
    return [];
  }
  if (!isSeq(doc.contents)) {
    problems.push({ file, line: 1, reason: 'a facts file is a YAML list of items' });
    seen.unparsed = true;
    return [];
  }

  /** The line of the deepest part of `path` that exists in the document. */
  const lineOf = (itemPath: PathKey[]): number => {
    for (let depth = itemPath.length; depth >= 0; depth--) {
      const node = doc.getIn(itemPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return 1;
  };

  const items: Located<z.infer<S>>[] = [];
  (doc.toJS() as unknown[]).forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      items.push({ value: parsed.data, file, lineOf: (p) => lineOf([index, ...p]) });
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') seen.refusedIds.add(id);
    for (const issue of parsed.error.issues) {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      problems.push({ file, line: lineOf([index, ...(issue.path as PathKey[])]), reason: `${where}${issue.message}` });
    }
  });
  return items;
}
