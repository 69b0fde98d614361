import { randomUUID } from 'node:crypto';
import { aliasKeys } from '../facts/aliases';
import { dateProperties } from '../facts/check';
import { DATE_PRECISIONS, EVENT_LABELS, FIGURE_CATEGORIES, FIGURE_QUALIFIERS, FIGURE_STATUSES } from '../facts/model';
import { withDates } from '../load/load';
import type { Database } from '../neo4j/database';
import { cypherFile } from '../neo4j/cypherFiles';
import type { ReviewResult } from './accept';
import { ReviewRefused, findTarget, mustAwaitReview, now, reviewer } from './target';

type Check = (value: unknown) => string | null;
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'a non-empty text');
const optionalText: Check = (v) => (v === null || typeof v === 'string' ? null : 'a text or null');
const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? null : `one of ${values.join(', ')}`);
const isoDate: Check = (v) =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) ? null : 'a date YYYY-MM-DD or null';
const count: Check = (v) => (v === null || (Number.isSafeInteger(v) && (v as number) >= 0) ? null : 'a whole number ≥ 0 or null');

const NAMED = { name: text, description: optionalText };
const DATED = { startDate: isoDate, endDate: isoDate, notBefore: isoDate, notAfter: isoDate, datePrecision: oneOf(DATE_PRECISIONS) };
const DATE_FIELDS = new Set(Object.keys(DATED));

/** The fields a reviewer may set, per label, and what each takes. */
const FIELDS: Record<string, Record<string, Check>> = {
  ...Object.fromEntries(EVENT_LABELS.map((l) => [l, { ...NAMED, ...DATED }])),
  Figure: { name: text, value: count, qualifier: oneOf(FIGURE_QUALIFIERS), category: oneOf(FIGURE_CATEGORIES), status: oneOf(FIGURE_STATUSES), counts: optionalText },
  Statement: { name: text, text, quote: optionalText, channel: optionalText, ...DATED },
};
const fieldsOf = (label: string): Record<string, Check> => FIELDS[label] ?? NAMED;

interface DateNow { startDate?: string; endDate?: string; datePrecision?: string; notBefore?: string; notAfter?: string; openEnded?: boolean }

/**
 * Sets one field of an extracted node, recording the value before and after,
 * who and when (a `Correction` node), in one transaction. A date field brings
 * the bounds date filters use along with it; a new name also becomes a name
 * the node is found by.
 */
export async function correct(db: Database, id: string, field: string, value: unknown, by: string): Promise<ReviewResult> {
  const who = reviewer(by);
  const target = await findTarget(db, id);
  if (target.kind !== 'NODE') throw new ReviewRefused(`"${id}" is a ${target.kind.toLowerCase()}: only a node's fields can be corrected.`);
  mustAwaitReview(target, 'corrected');
  const fields = fieldsOf(target.label);
  const check = fields[field];
  if (!check) throw new ReviewRefused(`A ${target.label} has no field "${field}" a reviewer can set; it has: ${Object.keys(fields).join(', ')}.`);
  const wrong = check(value);
  if (wrong) throw new ReviewRefused(`${target.label}.${field} takes ${wrong}, not ${JSON.stringify(value)} (fact "${id}").`);

  let props: Record<string, unknown> = { [field]: value };
  if (DATE_FIELDS.has(field)) {
    const [current] = await db.read('MATCH (n:Node {id: $id}) RETURN n {.startDate, .endDate, .datePrecision, .notBefore, .notAfter, .openEnded} AS date', { id });
    const date = { ...(current.date as DateNow), [field]: value ?? undefined };
    if (date.startDate && !date.datePrecision) date.datePrecision = 'day';
    props = dateProperties({
      start: date.startDate ?? undefined,
      end: date.endDate ?? undefined,
      precision: (date.startDate ? date.datePrecision : 'unknown') as (typeof DATE_PRECISIONS)[number],
      notBefore: date.notBefore ?? undefined,
      notAfter: date.notAfter ?? undefined,
      openEnded: date.openEnded ?? undefined,
    });
    props = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v ?? null]));
  }
  const keys = field === 'name' ? aliasKeys(value as string) : [];
  if (keys.length > 0) {
    const taken = await db.read('MATCH (a:Alias)-[:NAMES]->(n) WHERE a.key IN $keys AND n.id <> $id RETURN n.id AS owner LIMIT 1', { keys, id });
    if (taken.length > 0) throw new ReviewRefused(`The name ${JSON.stringify(value)} is already a name of "${taken[0].owner}": merge the two instead (mergeEntities).`);
  }
  const rows = await db.write(cypherFile('review/correct.cypher'), {
    id,
    field,
    value: DATE_FIELDS.has(field) ? (value ?? null) : value,
    props: withDates(props),
    keys,
    name: value,
    by: who,
    at: now(),
    correction: randomUUID(),
  });
  if (rows.length === 0) throw new ReviewRefused(`"${id}" changed while it was being corrected; nothing was written.`);
  return { id, status: 'extracted', summary: `${target.label} "${id}": ${field} set to ${JSON.stringify(value)} by ${who}.` };
}
