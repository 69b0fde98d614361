/**
 * What the Cypher projections of src/query/projections.ts return: the parent
 * values resolvers receive. Field names match the GraphQL types, so most
 * fields need no resolver at all.
 */
export type DatePrecisionValue = 'day' | 'month' | 'year' | 'unknown';

export interface RefRow {
  id: string;
  label: string;
  name: string;
  aliases: string[];
}

export interface ArticleRow {
  id: string;
  label: 'Article';
  title: string | null;
  publishedAt: string | null;
  text: string | null;
}

export interface EvidenceRow {
  id: string;
  label?: 'Evidence';
  quote: string;
  sentence: string;
  article: ArticleRow;
}

export interface LinkRow {
  node: RefRow;
  type: string;
  outgoing: boolean;
  role: string | null;
  title: string | null;
  how: string | null;
  basis: string | null;
  evidence: EvidenceRow[];
}

interface ClaimRow extends RefRow {
  flag: 'inconsistent' | 'unverified' | 'ambiguous' | null;
  flagNote: string | null;
  /** STATED_BY, ABOUT, RETURNED_TO, RELEASED_BY: resolvers pick them apart. */
  targets: { type: string; node: RefRow }[];
  evidence: EvidenceRow[];
}

export interface StatementRow extends ClaimRow {
  text: string;
  quote: string | null;
  channel: string | null;
}

export interface FigureRow extends ClaimRow {
  value: number | null;
  qualifier: string | null;
  category: string;
  status: string;
  counts: string | null;
}

interface Dated {
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecisionValue;
  notBefore: string | null;
  notAfter: string | null;
}

export interface NegotiationRow {
  id: string;
  name: string;
  startDate: string | null;
  datePrecision: DatePrecisionValue;
  links: LinkRow[];
  evidence: EvidenceRow[];
}

export interface AgreementRow {
  id: string;
  name: string;
  startDate: string | null;
  datePrecision: DatePrecisionValue;
  evidence: EvidenceRow[];
  negotiation: NegotiationRow | null;
}

export interface ExchangeRow extends RefRow, Dated {
  description: string | null;
  articles: ArticleRow[];
  evidence: EvidenceRow[];
  /** Every curated relationship, both ways; the typed fields are picked from it. */
  links: LinkRow[];
  agreement: AgreementRow | null;
  figures: FigureRow[];
  statements: StatementRow[];
}

/** Any entity or non-exchange event (Actor and Event in GraphQL). */
export interface EntityRow extends RefRow, Dated {
  description: string | null;
  links: LinkRow[];
  statementsBy: StatementRow[];
  figuresBy: FigureRow[];
  statementsAbout: StatementRow[];
  figuresAbout: FigureRow[];
  evidence: EvidenceRow[];
}

export type NodeRow = ExchangeRow | EntityRow | StatementRow | FigureRow | ArticleRow | EvidenceRow;

export interface ExplanationRow {
  filter: string;
  steps: RefRow[];
  relationships: string[];
}

export interface ExchangeEdgeRow {
  cursor: string;
  node: ExchangeRow;
  matchedBecause: ExplanationRow[];
}
