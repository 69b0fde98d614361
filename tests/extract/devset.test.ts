import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

/**
 * The evaluation sets' loader check (eval/README.md): every gold file parses, follows the
 * gold format, points only at keys it defines, and quotes its article verbatim — a gold
 * sentence the article does not contain would make the scorer reward or punish nothing real.
 * The development set and the held-out set (written before tuning, never tuned on) share it.
 */
const EVAL = path.join(__dirname, '..', '..', 'eval');
const goldIds = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .map((f) => f.slice(0, -'.gold.yaml'.length))
    .sort();

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SECTIONS = ['events', 'negotiations', 'mediations', 'figures', 'groups', 'statements', 'people'];

type Item = Record<string, unknown>;

function dateProblems(where: string, date: unknown): string[] {
  if (typeof date !== 'object' || date === null) return [`${where}: date must be a mapping`];
  const d = date as Item;
  if ('notAfter' in d) return DAY.test(String(d.notAfter)) ? [] : [`${where}: notAfter must be YYYY-MM-DD`];
  if (d.precision === 'unknown') return 'start' in d ? [`${where}: an unknown date has no start`] : [];
  if (!['day', 'month', 'year'].includes(String(d.precision))) return [`${where}: precision must be day|month|year|unknown`];
  return DAY.test(String(d.start)) ? [] : [`${where}: start must be YYYY-MM-DD`];
}

/** Every way a gold file can break the format, as messages naming the item. */
function goldProblems(id: string, text: string, gold: Item): string[] {
  const problems: string[] = [];
  const list = (name: string): Item[] => (gold[name] ?? []) as Item[];
  if (gold.article !== id) problems.push(`article is "${gold.article}", expected "${id}"`);
  if (gold.title !== text.split('\n')[0]) problems.push('title is not the headline line verbatim');
  if (gold.publishedAt !== null && !DAY.test(String(gold.publishedAt))) problems.push('publishedAt must be YYYY-MM-DD or null');
  const unknown = Object.keys(gold).filter((k) => ![...SECTIONS, 'article', 'publishedAt', 'title', 'aliases'].includes(k));
  if (unknown.length) problems.push(`unknown top-level keys: ${unknown.join(', ')}`);

  const keys = new Set<string>();
  for (const section of ['events', 'negotiations']) {
    for (const item of list(section)) {
      if (keys.has(String(item.key))) problems.push(`${section}: key ${item.key} used twice`);
      keys.add(String(item.key));
    }
  }
  const events = new Set(list('events').map((e) => String(e.key)));
  const refersTo = (where: string, key: unknown, allowed: Set<string>, nullable: boolean) => {
    if (key === null && nullable) return;
    if (!allowed.has(String(key))) problems.push(`${where}: refers to unknown key ${key}`);
  };

  const eventByKey = new Map(list('events').map((e) => [String(e.key), e]));
  for (const e of list('events')) {
    const where = `events.${e.key}`;
    if (!['exchange', 'release'].includes(String(e.kind))) problems.push(`${where}: kind must be exchange|release`);
    if (!Array.isArray(e.sides) || new Set(e.sides).size !== 2) problems.push(`${where}: sides must name two different parties`);
    problems.push(...dateProblems(where, e.date));
    refersTo(`${where}.phaseOf`, e.phaseOf, events, true);
    // A phase belongs to a whole of its own kind, and phases do not nest.
    const whole = e.phaseOf === null ? undefined : eventByKey.get(String(e.phaseOf));
    if (whole && (whole === e || whole.phaseOf !== null || whole.kind !== e.kind)) {
      problems.push(`${where}.phaseOf: must name another ${e.kind} that is not itself a phase`);
    }
  }
  for (const n of list('negotiations')) {
    const where = `negotiations.${n.key}`;
    if (!['negotiation', 'agreement'].includes(String(n.kind))) problems.push(`${where}: kind must be negotiation|agreement`);
    problems.push(...dateProblems(where, n.date));
  }
  list('mediations').forEach((m, i) => {
    refersTo(`mediations[${i}]`, m.event, keys, false);
    if (!['DIRECT', 'HOSTED_TALKS'].includes(String(m.kind))) problems.push(`mediations[${i}]: kind must be DIRECT|HOSTED_TALKS`);
  });
  list('figures').forEach((f, i) => {
    const where = `figures[${i}]`;
    refersTo(where, f.event, events, true);
    if (!Number.isInteger(f.value)) problems.push(`${where}: value must be an integer`);
    if (f.event === null && !DAY.test(String(f.since))) problems.push(`${where}: a running total needs since: YYYY-MM-DD`);
    if (f.event !== null && 'since' in f) problems.push(`${where}: since belongs to running totals (event: null) only`);
    if (![null, 'unverified', 'disputed'].includes(f.flag as string | null)) problems.push(`${where}: flag must be unverified|disputed|null`);
    for (const k of ['returnedTo', 'releasedBy', 'claimant']) if (!(k in f)) problems.push(`${where}: ${k} missing (null when not stated)`);
  });
  // "disputed" marks one of two figures that different claimants give for the same people and direction.
  list('figures').forEach((f, i) => {
    if (f.flag !== 'disputed') return;
    const rival = list('figures').some(
      (o) => o !== f && o.flag === 'disputed' && o.event === f.event && o.returnedTo === f.returnedTo && o.claimant !== f.claimant && o.value !== f.value,
    );
    if (!rival) problems.push(`figures[${i}]: disputed, but no other claimant's disputed figure for the same event and direction`);
  });
  list('groups').forEach((g, i) => {
    refersTo(`groups[${i}]`, g.event, events, false);
  });
  list('statements').forEach((s, i) => {
    refersTo(`statements[${i}]`, s.about, keys, true);
    if (!s.speaker) problems.push(`statements[${i}]: speaker missing`);
  });
  list('people').forEach((p, i) => {
    if (!p.name || !p.title) problems.push(`people[${i}]: name and title are required`);
  });

  for (const section of SECTIONS) {
    list(section).forEach((item, i) => {
      const sentence = item.sentence;
      if (typeof sentence !== 'string' || sentence.trim().split(/\s+/).length < 3) {
        problems.push(`${section}[${i}]: sentence must be a span of at least three words`);
      } else if (!text.includes(sentence)) {
        problems.push(`${section}[${i}]: sentence not in the article: "${sentence}"`);
      }
    });
  }
  return problems;
}

describe.each([
  ['dev', 'dev', 14],
  ['heldout', 'ho', 14],
])('evaluation set eval/%s', (dir, prefix, least) => {
  const folder = path.join(EVAL, dir);
  const ids = goldIds(folder);

  it(`holds at least ${least} articles, each with its gold file`, () => {
    expect(ids.length).toBeGreaterThanOrEqual(least);
    const texts = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    expect(texts).toEqual(ids);
  });

  it.each(ids)('%s: gold follows the format and quotes the article verbatim', (id) => {
    const text = fs.readFileSync(path.join(folder, `${id}.txt`), 'utf8');
    const gold = parse(fs.readFileSync(path.join(folder, `${id}.gold.yaml`), 'utf8')) as Item;
    expect(id).toMatch(new RegExp(`^${prefix}-\\d{2}-[a-z0-9-]+$`));
    expect(goldProblems(id, text, gold)).toEqual([]);
  });
});
