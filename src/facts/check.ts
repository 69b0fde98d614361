import { aliasKeys } from './aliases';
import { checkClaim } from './claims';
import type { FactProblem } from './errors';
import { type Facts, contentHash, evidenceId } from './facts';
import { BASIS_TYPES, CLAIM_LABELS, type CuratedLabel, EVENT_LABELS, FIGURE_CATEGORIES, RELATIONSHIP_TYPES, familyOf, fits } from './model';
import type { Located, PathKey } from './read';
import type { ArticleMetaInput, EvidenceInput, NodeInput } from './schema';
import { sentenceAround } from './sentences';

/**
 * Who vouches for the facts: a curator (the seeds), or an extractor run, with
 * how sure it is of each node. Every node and relationship written carries it.
 */
export type Provenance =
  | { reviewStatus: 'curated' }
  | { reviewStatus: 'extracted'; runId: string; confidence: ReadonlyMap<string, number> };

/** Facts to check, wherever they come from: seed files (read.ts) or an extraction. */
export interface FactsInput {
  /** Article id → its text. */
  articles: ReadonlyMap<string, string>;
  articleMeta: Located<ArticleMetaInput>[];
  nodes: Located<NodeInput>[];
  /** Ids of items refused for their shape: a reference to one of them is not a second mistake. */
  refusedIds: ReadonlySet<string>;
  provenance: Provenance;
  /**
   * The graph the facts are added to: its nodes (id → label) may be pointed
   * at, its names may not be taken by another node, and the `existing` ones
   * among the input only gain evidence and relations.
   */
  graph?: { labels: ReadonlyMap<string, CuratedLabel>; aliases: ReadonlyMap<string, string>; existing: ReadonlySet<string> };
}

/** The last day a date of this precision can stand for (2025-05 → 2025-05-31). */
function lastDay(start: string, precision: string): string {
  const [y, m] = start.split('-').map(Number);
  if (precision === 'year') return `${y}-12-31`;
  if (precision === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return start;
}

/**
 * The bounds date filters compare with: an event certainly happened within
 * [earliestDate, latestDate]. A bound nobody knows stays null, and a filter
 * on that side then never matches (we cannot say the event falls inside).
 */
function bounds(date: NodeInput['date']): { earliestDate?: string; latestDate?: string } {
  if (!date) return {};
  return {
    earliestDate: date.start ?? date.notBefore,
    latestDate: date.end ?? (date.start && !date.openEnded ? lastDay(date.start, date.precision) : date.notAfter),
  };
}

/** A curated date as the node properties queries read (docs/model.md, "Dates"). */
export function dateProperties(date: NodeInput['date']): Record<string, string | undefined> {
  return {
    startDate: date?.start,
    endDate: date?.end,
    datePrecision: date?.precision,
    notBefore: date?.notBefore,
    notAfter: date?.notAfter,
    ...bounds(date),
    // What exchanges are ordered by: the best-known day, else the bounds.
    sortDate: date?.start ?? date?.notAfter ?? date?.notBefore,
  };
}

const needsEvidence = new Set<string>([...EVENT_LABELS, ...CLAIM_LABELS]);
const ONLY_ON: Record<string, readonly string[]> = {
  date: [...EVENT_LABELS, 'Statement'],
  text: ['Statement'],
  quote: ['Statement'],
  channel: ['Statement'],
  value: ['Figure'],
  qualifier: ['Figure'],
  counts: ['Figure'],
  status: ['Figure'],
  since: ['Figure'],
  category: ['Figure', 'Group'],
};

/**
 * The rules every fact obeys before it is loaded, over facts in memory:
 * evidence quoted verbatim from its article, fields on the labels they
 * belong to, relationships between the labels the model allows, one node per
 * name. Problems are pushed to `problems`, located; the facts returned are
 * only to be loaded when there are none.
 */
export function checkFacts(files: FactsInput, problems: FactProblem[]): Facts {
  const graph = files.graph;
  const provenanceOf = (id: string): Record<string, unknown> =>
    files.provenance.reviewStatus === 'curated'
      ? { reviewStatus: 'curated' }
      : { reviewStatus: 'extracted', runId: files.provenance.runId, confidence: files.provenance.confidence.get(id) ?? 0.5 };
  const evidence = new Map<string, Facts['evidence'][number]>();

  /** Checks evidence against its article and returns the evidence ids. */
  const checkEvidence = (item: Located<unknown>, list: EvidenceInput[], at: PathKey[]): string[] =>
    list.flatMap((ev, i) => {
      const text = files.articles.get(ev.article);
      if (text === undefined) {
        problems.push({ file: item.file, line: item.lineOf([...at, i, 'article']), reason: `no article "${ev.article}" in seeds/articles` });
        return [];
      }
      if (!text.includes(ev.quote)) {
        problems.push({
          file: item.file,
          line: item.lineOf([...at, i, 'quote']),
          reason: `quote not found verbatim in article ${ev.article}: "${ev.quote}"`,
        });
        return [];
      }
      const id = evidenceId(ev.article, ev.quote);
      evidence.set(id, { id, articleId: ev.article, quote: ev.quote, sentence: sentenceAround(text, ev.quote) });
      return [id];
    });

  const articles: Facts['articles'] = [];
  const metaById = new Map(files.articleMeta.map((m) => [m.value.id, m]));
  for (const meta of files.articleMeta) {
    const text = files.articles.get(meta.value.id);
    if (text === undefined) {
      problems.push({ file: meta.file, line: meta.lineOf(['id']), reason: `no article "${meta.value.id}" in seeds/articles` });
      continue;
    }
    const { title, publishedAt } = meta.value;
    if (title !== undefined && text.split('\n')[0].trim() !== title) {
      problems.push({ file: meta.file, line: meta.lineOf(['title']), reason: "a title must be the article's first line" });
    }
    if (publishedAt !== undefined && meta.value.evidence.length === 0) {
      problems.push({ file: meta.file, line: meta.lineOf(['publishedAt']), reason: 'publishedAt needs the evidence that states it' });
    }
  }
  for (const [id, text] of files.articles) {
    const meta = metaById.get(id);
    articles.push({
      id,
      title: meta?.value.title ?? null,
      publishedAt: meta?.value.publishedAt ?? null,
      text,
      contentHash: contentHash(text),
      evidence: meta ? checkEvidence(meta, meta.value.evidence, ['evidence']) : [],
    });
  }

  const byId = new Map<string, Located<NodeInput>>();
  for (const item of files.nodes) {
    const seen = byId.get(item.value.id);
    if (seen) {
      problems.push({
        file: item.file,
        line: item.lineOf(['id']),
        reason: `id "${item.value.id}" is already used at ${seen.file}:${seen.lineOf(['id'])}`,
      });
    } else byId.set(item.value.id, item);
  }

  const nodes: Facts['nodes'] = [];
  const relationships: Facts['relationships'] = [];
  const aliasTargets = new Map<string, { name: string; target: string; item: Located<NodeInput> }>();
  for (const item of byId.values()) {
    const n = item.value;
    const existing = graph?.existing.has(n.id) ?? false;
    const problem = (at: PathKey[], reason: string): void => void problems.push({ file: item.file, line: item.lineOf(at), reason });

    for (const [field, labels] of Object.entries(ONLY_ON)) {
      if (n[field as keyof NodeInput] !== undefined && !labels.includes(n.label)) {
        problem([field], `"${field}" is not a field of ${n.label} (only of ${labels.join(', ')})`);
      }
    }
    if (needsEvidence.has(n.label) && n.evidence.length === 0) problem(['id'], `a ${n.label} needs evidence`);
    if (n.label === 'Statement' && !n.text) problem(['id'], 'a Statement needs its text');
    if (n.label === 'Figure') {
      if (!n.status) problem(['id'], 'a Figure needs its status (reported, planned, withheld, cumulative)');
      if ((n.value === undefined) !== (n.status === 'withheld')) problem(['value'], 'a Figure has a value unless its status is withheld');
      if (!n.category || !(FIGURE_CATEGORIES as readonly string[]).includes(n.category)) {
        problem(['category'], `a Figure's category is one of ${FIGURE_CATEGORIES.join(', ')}`);
      }
    }
    if (n.label === 'Group' && n.category !== undefined && !['military', 'civilian'].includes(n.category)) {
      problem(['category'], "a Group's category is military or civilian");
    }
    if (n.flagNote !== undefined && n.flag === undefined) problem(['flagNote'], 'flagNote goes with a flag');
    checkClaim(n, (ref) => byId.get(ref)?.value.label ?? graph?.labels.get(ref), problem);

    for (const name of existing ? [] : [n.name, ...n.aliases]) {
      for (const key of aliasKeys(name)) {
        const other = aliasTargets.get(key);
        const inGraph = graph?.aliases.get(key);
        if (inGraph !== undefined && inGraph !== n.id) {
          problem(['aliases'], `the name "${name}" already names "${inGraph}" in the graph`);
        } else if (other && other.target !== n.id) {
          problem(['aliases'], `the name "${name}" also names "${other.target}" (${other.item.file}:${other.item.lineOf(['id'])})`);
        } else if (!other && inGraph === undefined) aliasTargets.set(key, { name, target: n.id, item });
      }
    }

    const { id, label, name, aliases, description, category, date, text, quote, channel, value, qualifier, counts, status, since, flag, flagNote } = n;
    const props: Record<string, unknown> = {
      id, label, name, aliases, description, category, text, quote, channel, value, qualifier, counts, status, flag, flagNote,
      sinceDate: since?.start,
      sincePrecision: since?.precision,
      ...dateProperties(date),
    };
    Object.assign(props, provenanceOf(id));
    nodes.push({
      ...(existing && { existing: true }),
      id,
      labels: [label, familyOf(label)],
      props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)),
      evidence: checkEvidence(item, n.evidence, ['evidence']),
    });

    const seenRelations = new Set<string>();
    for (const [i, rel] of n.relations.entries()) {
      const at = ['relations', i];
      const targetLabel = byId.get(rel.to)?.value.label ?? graph?.labels.get(rel.to);
      const target = targetLabel && { label: targetLabel };
      const spec = RELATIONSHIP_TYPES[rel.type];
      if (!target) {
        if (!files.refusedIds.has(rel.to)) problem([...at, 'to'], `"${rel.to}" is not the id of any node`); // else its own problems are reported
        continue;
      }
      if (!fits(label, spec.from)) {
        problem([...at, 'type'], `${rel.type} does not start at a ${label} (only at ${spec.from.join(', ')})`);
        continue;
      }
      if (!fits(target.label, spec.to)) {
        problem([...at, 'to'], `${rel.type} does not lead to a ${target.label} (only to ${spec.to.join(', ')})`);
        continue;
      }
      for (const prop of ['role', 'title', 'how'] as const) {
        if (rel[prop] !== undefined && !(spec.props as readonly string[]).includes(prop)) {
          problem([...at, prop], `${rel.type} has no "${prop}"`);
        }
      }
      if (rel.basis !== undefined && rel.evidence.length === 0) {
        // A basis stands in for evidence only where articles seldom say it (where a place lies);
        // beside evidence it is the curator's reading of it, allowed on any type.
        if (!(BASIS_TYPES as readonly string[]).includes(rel.type)) {
          problem([...at, 'basis'], `${rel.type} needs evidence; only ${BASIS_TYPES.join(' and ')} may rest on a basis alone`);
          continue;
        }
      } else if (rel.evidence.length === 0) {
        problem(at, `${rel.type} to "${rel.to}" needs at least one piece of evidence`);
        continue;
      }
      const relId = `${id}>${rel.type}>${rel.to}`;
      if (seenRelations.has(relId)) {
        problem(at, `${rel.type} to "${rel.to}" is given twice: merge their evidence`);
        continue;
      }
      seenRelations.add(relId);
      relationships.push({
        id: relId,
        type: rel.type,
        from: id,
        to: rel.to,
        props: Object.fromEntries(
          Object.entries({
            id: relId,
            role: rel.role,
            title: rel.title,
            how: rel.how,
            // Always a list (empty under a basis), so queries can UNWIND it unguarded.
            evidence: checkEvidence(item, rel.evidence, [...at, 'evidence']),
            basis: rel.basis,
            ...provenanceOf(id),
          }).filter(([, v]) => v !== undefined),
        ),
      });
    }
  }

  return {
    articles,
    evidence: [...evidence.values()],
    nodes,
    relationships,
    aliases: [...aliasTargets].map(([key, { name, target }]) => ({ key, name, target })),
  };
}
