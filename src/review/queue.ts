import type { Provenance } from '../api/generated/types';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';

interface NodeRefRow { id: string; label: string; name: string; aliases: string[]; provenance: Provenance }
interface ArticleRow { id: string; title: string | null; publishedAt: string | null; text: string; label: 'Article' }
interface EvidenceRow { id: string; quote: string; sentence: string; label: 'Evidence'; article: ArticleRow }

export interface PendingFact {
  id: string;
  /** EVIDENCE: a passage of the article linked to a curated fact. */
  kind: 'NODE' | 'RELATIONSHIP' | 'EVIDENCE';
  label: string;
  name: string;
  confidence: number | null;
  evidence: EvidenceRow[];
}

export interface ReviewItem {
  article: ArticleRow;
  run: { id: string; extractor: string; version: string; startedAt: string; article: ArticleRow };
  facts: PendingFact[];
  proposals: { id: string; reason: string; fact: NodeRefRow; candidate: NodeRefRow }[];
}

/** What awaits review, by article (one article's when `article` is given), oldest run first. */
export async function reviewQueue(db: Database, article?: string | null): Promise<ReviewItem[]> {
  const rows = await db.read(cypherFile('review/queue.cypher'), { article: article ?? null });
  return rows.map((row) => {
    const a = row.article as ArticleRow;
    // Every passage listed is of this article: one article object for all of them.
    const facts = (row.facts as (Omit<PendingFact, 'evidence'> & { evidence: Omit<EvidenceRow, 'article'>[] })[]).map((f) => ({
      ...f,
      evidence: f.evidence.map((e) => ({ ...e, article: a })),
    }));
    return { article: a, run: { ...(row.run as ReviewItem['run']), article: a }, facts, proposals: row.proposals as ReviewItem['proposals'] };
  });
}
