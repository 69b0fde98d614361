import { z } from 'zod';

/** The gold annotation of one article (docs: README "Measured accuracy"; shared with the dev-set writers). */
const date = z
  .object({ start: z.union([z.string(), z.date()]).optional(), precision: z.string().optional(), notAfter: z.union([z.string(), z.date()]).optional(), notBefore: z.union([z.string(), z.date()]).optional() })
  .nullable()
  .optional();
const name = z.string().nullable().optional();

export const goldSchema = z.object({
  article: z.string(),
  publishedAt: z.union([z.string(), z.date()]).nullable().optional(),
  title: z.string().nullable().optional(),
  aliases: z.record(z.string(), z.array(z.string())).nullable().optional(),
  events: z.array(z.object({ key: z.string(), kind: z.enum(['exchange', 'release']), sides: z.array(z.string().nullable()), date, phaseOf: z.string().nullable().optional(), sentence: z.string() })).default([]),
  negotiations: z.array(z.object({ key: z.string(), kind: z.enum(['negotiation', 'agreement']), place: name, date, sentence: z.string() })).default([]),
  mediations: z.array(z.object({ event: z.string(), mediator: z.string(), kind: z.enum(['DIRECT', 'HOSTED_TALKS']), sentence: z.string() })).default([]),
  figures: z.array(z.object({ event: z.string().nullable().optional(), value: z.number(), returnedTo: name, releasedBy: name, claimant: name, flag: name, sentence: z.string() })).default([]),
  groups: z.array(z.object({ event: z.string(), group: z.string(), sentence: z.string() })).default([]),
  statements: z.array(z.object({ speaker: z.string(), about: name, channel: name, sentence: z.string() })).default([]),
  people: z.array(z.object({ name: z.string(), title: name, body: name, sentence: z.string() })).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldDate = { start?: string; precision?: string; notAfter?: string; notBefore?: string } | null | undefined;

/** Dates as YYYY-MM-DD strings (YAML reads unquoted dates as Date objects). */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

export function normalDate(d: unknown): GoldDate {
  if (!d || typeof d !== 'object') return { precision: 'unknown' };
  const x = d as Record<string, unknown>;
  return { start: isoDate(x.start), precision: (x.precision as string | undefined) ?? (x.start ? 'day' : 'unknown'), notAfter: isoDate(x.notAfter), notBefore: isoDate(x.notBefore) };
}
