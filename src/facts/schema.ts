import { z } from 'zod';
import {
  CURATED_LABELS,
  DATE_PRECISIONS,
  FIGURE_QUALIFIERS,
  FIGURE_STATUSES,
  FLAGS,
  RELATIONSHIP_TYPE_NAMES,
} from './model';

/** The shape of seeds/facts/*.yaml (seeds/README.md explains it for curators). */

const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

export const evidenceSchema = z.strictObject({
  article: z.string().min(1),
  quote: z.string().trim().min(3, 'a quote must hold at least a few words of the article'),
});

export const dateSchema = z
  .strictObject({
    start: isoDate.optional(),
    end: isoDate.optional(),
    precision: z.enum(DATE_PRECISIONS),
    notBefore: isoDate.optional(),
    notAfter: isoDate.optional(),
    /** The event went on past its start and its end is not reported. */
    openEnded: z.boolean().optional(),
  })
  .refine((d) => !d.openEnded || (d.start !== undefined && d.end === undefined), {
    message: 'openEnded goes with a start and no end',
  })
  .refine((d) => (d.precision === 'unknown') === (d.start === undefined), {
    message: 'a date with a start needs its precision (day, month, year); one without a start has precision unknown',
  })
  .refine((d) => !d.end || (d.start !== undefined && d.start <= d.end), { message: 'end must come after start' })
  .refine((d) => !d.notBefore || !d.notAfter || d.notBefore <= d.notAfter, {
    message: 'notBefore must come before notAfter',
  });

export const relationSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPE_NAMES),
  to: z.string().min(1),
  role: z.string().optional(),
  title: z.string().optional(),
  how: z.string().optional(),
  // Evidence, or for reference geography (LOCATED_IN, PART_OF) a basis; evidence
  // and a basis: the curator's reading joins the quote to the fact. facts.ts checks.
  evidence: z.array(evidenceSchema).default([]),
  basis: z.string().trim().min(10, 'a basis says in a sentence why the relation holds').optional(),
});

export const nodeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
  label: z.enum(CURATED_LABELS),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().optional(),
  /** Group: military or civilian; Figure: what is counted (people, servicemen…). */
  category: z.string().optional(),
  date: dateSchema.optional(),
  // Statements
  text: z.string().optional(),
  quote: z.string().optional(),
  channel: z.string().optional(),
  // Figures
  value: z.number().int().nonnegative().optional(),
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  counts: z.string().optional(),
  status: z.enum(FIGURE_STATUSES).optional(),
  /** A cumulative figure: the date its count runs from ("since March 2022"), with that date's precision. */
  since: z.strictObject({ start: isoDate, precision: z.enum(['day', 'month', 'year']) }).optional(),
  flag: z.enum(FLAGS).optional(),
  flagNote: z.string().optional(),
  evidence: z.array(evidenceSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export const articleMetaSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  publishedAt: isoDate.optional(),
  evidence: z.array(evidenceSchema).default([]),
});

export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type NodeInput = z.infer<typeof nodeSchema>;
export type ArticleMetaInput = z.infer<typeof articleMetaSchema>;
