import { aliasKeys } from '../facts/aliases';
import { dateProperties } from '../facts/check';
import { type Facts, contentHash, evidenceId } from '../facts/facts';
import { type CuratedLabel, type RelationshipTypeName, RELATIONSHIP_TYPES, familyOf, fits } from '../facts/model';
import type { NodeInput } from '../facts/schema';
import { sentenceAround } from '../facts/sentences';

/** Generated for benchmarks: neither curated by a person nor extracted from a real report. */
const SYNTHETIC = { reviewStatus: 'synthetic' } as const;

/** A node a synthetic fact may point at: its id and label (seed nodes too). */
export interface Ref {
  id: string;
  label: CuratedLabel;
}

/** A quoted passage of an article being written: what curators write as `{article, quote}`. */
export interface Quote {
  article: string;
  quote: string;
}

type NodeFields = Omit<NodeInput, 'relations' | 'evidence' | 'aliases' | 'label'> & { aliases?: string[] };

/** An article being written: its sentences, each of which a fact may quote. */
export class ArticleDraft {
  private readonly sentences: string[] = [];
  private readonly quotes: string[] = [];

  /** The sentence stating the article's date: the evidence of `publishedAt`. */
  readonly dateline: Quote;

  constructor(
    readonly id: string,
    readonly title: string,
    readonly publishedAt: string,
  ) {
    this.dateline = this.say(`Published on ${publishedAt}.`);
  }

  /** Adds a sentence (ending in a full stop) and returns the quote of it facts cite. */
  say(sentence: string): Quote {
    this.sentences.push(sentence);
    // Quoted without its full stop: the sentence around it is then exactly this sentence.
    const quote = sentence.slice(0, -1);
    this.quotes.push(quote);
    return { article: this.id, quote };
  }

  get text(): string {
    return `${this.title}\n${this.sentences.join(' ')}\n`;
  }

  get quoted(): readonly string[] {
    return this.quotes;
  }
}

/**
 * Collects synthetic facts into the rows `loadFacts` takes, shaped exactly as
 * `readFacts` shapes curated seeds (same properties, ids, evidence ids,
 * sentences and alias keys), so the one load path loads both. Every
 * relationship is checked against the model as it is made.
 */
export class FactsBuilder {
  private readonly drafts: ArticleDraft[] = [];
  private readonly aliasSeen = new Set<string>();
  readonly facts: Facts = { articles: [], evidence: [], nodes: [], relationships: [], aliases: [] };

  article(id: string, title: string, publishedAt: string): ArticleDraft {
    const draft = new ArticleDraft(id, title, publishedAt);
    this.drafts.push(draft);
    return draft;
  }

  node(label: CuratedLabel, fields: NodeFields, evidence: Quote[] = []): Ref {
    const { date, aliases = [], ...rest } = fields;
    const props = { ...rest, label, aliases, ...dateProperties(date), ...SYNTHETIC };
    this.facts.nodes.push({
      id: fields.id,
      labels: [label, familyOf(label)],
      props: Object.fromEntries(
        Object.entries(props).filter(([, v]) => v !== undefined),
      ),
      evidence: ids(evidence),
    });
    for (const name of [fields.name, ...aliases]) {
      for (const key of aliasKeys(name)) {
        if (this.aliasSeen.has(key)) continue;
        this.aliasSeen.add(key);
        this.facts.aliases.push({ key, name, target: fields.id });
      }
    }
    return { id: fields.id, label };
  }

  relation(
    from: Ref,
    type: RelationshipTypeName,
    to: Ref,
    how: { evidence?: Quote[]; basis?: string; role?: string; title?: string; how?: string },
  ): void {
    const spec = RELATIONSHIP_TYPES[type];
    if (!fits(from.label, spec.from) || !fits(to.label, spec.to)) {
      throw new Error(`generator bug: ${type} cannot join ${from.label} ${from.id} to ${to.label} ${to.id}`);
    }
    const id = `${from.id}>${type}>${to.id}`;
    const props = { id, role: how.role, title: how.title, how: how.how, evidence: ids(how.evidence ?? []), basis: how.basis, ...SYNTHETIC };
    this.facts.relationships.push({
      id,
      type,
      from: from.id,
      to: to.id,
      props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)),
    });
  }

  /** The rows collected so far, with the articles' texts and passages; starts a new chunk. */
  take(): Facts {
    const evidence = new Map<string, Facts['evidence'][number]>();
    for (const draft of this.drafts) {
      const text = draft.text;
      this.facts.articles.push({ id: draft.id, title: draft.title, publishedAt: draft.publishedAt, text, contentHash: contentHash(text), evidence: ids([draft.dateline]) });
      for (const quote of draft.quoted) {
        const id = evidenceId(draft.id, quote);
        if (!evidence.has(id)) evidence.set(id, { id, articleId: draft.id, quote, sentence: sentenceAround(text, quote) });
      }
    }
    const facts = { ...this.facts, evidence: [...evidence.values()] };
    this.drafts.length = 0;
    Object.assign(this.facts, { articles: [], evidence: [], nodes: [], relationships: [], aliases: [] });
    return facts;
  }
}

function ids(quotes: Quote[]): string[] {
  return [...new Set(quotes.map((q) => evidenceId(q.article, q.quote)))];
}
