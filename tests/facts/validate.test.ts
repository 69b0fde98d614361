import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDS_DIR } from '../../src/config';
import { prepareGraph } from '../../src/load/prepare';
import { FactsRejected } from '../../src/facts/errors';
import { type Facts, readFacts } from '../../src/facts/facts';
import type { Database } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { fingerprint } from '../support/graph';
import { seededDatabase } from '../support/graph';

const copies: string[] = [];

/**
 * A copy of seeds/ with one change to facts/<file>: the first `find` becomes
 * `replace`. Returns the copy and the line of `at` in the changed file, i.e.
 * the line a curator must be sent to.
 */
function corrupted(file: string, find: string, replace: string, at: string): { dir: string; file: string; line: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pow-seeds-'));
  copies.push(dir);
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const target = path.join(dir, 'facts', file);
  const text = fs.readFileSync(target, 'utf8');
  if (!text.includes(find)) throw new Error(`test setup: ${file} has no ${JSON.stringify(find)}`);
  const changed = text.replace(find, () => replace);
  const index = changed.indexOf(at);
  if (index < 0 || changed.indexOf(at, index + 1) >= 0) throw new Error(`test setup: ${JSON.stringify(at)} is not unique in ${file}`);
  fs.writeFileSync(target, changed);
  return { dir, file: path.relative(process.cwd(), target), line: changed.slice(0, index).split('\n').length };
}

function rejection(dir: string): FactsRejected {
  try {
    readFacts(dir);
  } catch (error) {
    if (error instanceof FactsRejected) return error;
    throw error;
  }
  throw new Error('the corrupted seeds were accepted');
}

const A002 = '002_9ef6acd0053f48b4';

const UAE_EVIDENCE = `      evidence:
        - article: 004_6e72fc995c898aae
          quote: "This exchange, facilitated by officials from the United Arab Emirates"
`;

const CASES: { name: string; file: string; find: string; replace: string; at: string; reason: RegExp }[] = [
  {
    name: 'a quote that is not in its article',
    file: 'events.yaml',
    find: 'quote: "Agreed during talks in Istanbul on 16 May"',
    replace: 'quote: "Agreed during talks in Ankara on 16 May"',
    at: 'Ankara',
    reason: /^quote not found verbatim in article 003_d9990e0c69552160: "Agreed during talks in Ankara on 16 May"$/,
  },
  {
    name: 'a relation to an id no node has',
    file: 'groups-and-units.yaml',
    find: '      to: mariupol\n',
    replace: '      to: mariupol-city\n',
    at: 'to: mariupol-city',
    reason: /^"mariupol-city" is not the id of any node$/,
  },
  {
    name: 'a day that does not exist',
    file: 'events.yaml',
    find: 'date: { start: 2025-05-16, precision: day }',
    replace: 'date: { start: 2025-02-30, precision: day }',
    at: '2025-02-30',
    reason: /^date\.start: must be a date written YYYY-MM-DD$/,
  },
  {
    name: 'an open-ended date that gives its end',
    file: 'events.yaml',
    find: 'date: { start: 2025-05-23, precision: day, openEnded: true }',
    replace: 'date: { start: 2025-05-23, end: 2025-05-25, precision: day, openEnded: true }',
    at: 'end: 2025-05-25',
    reason: /^date: openEnded goes with a start and no end$/,
  },
  {
    name: 'a date written in words',
    file: 'events.yaml',
    find: 'date: { start: 2025-05-23, precision: day }',
    replace: 'date: { start: May 2025, precision: month }',
    at: 'start: May 2025',
    reason: /^date\.start: must be a date written YYYY-MM-DD$/,
  },
  {
    name: 'a relation type that does not start at that label',
    file: 'groups-and-units.yaml',
    find: 'type: DEFENDED',
    replace: 'type: TOOK_PLACE_IN',
    at: 'TOOK_PLACE_IN',
    reason: /^TOOK_PLACE_IN does not start at a Group \(only at Event\)$/,
  },
  {
    name: 'a relation type that does not lead to that label',
    file: 'events.yaml',
    find: 'type: MEDIATED_BY\n      to: uae',
    replace: 'type: MEDIATED_BY\n      to: istanbul',
    at: 'to: istanbul\n      role: facilitator',
    reason: /^MEDIATED_BY does not lead to a Place \(only to State, Organization, Person\)$/,
  },
  {
    name: 'an alias shared by two entities (matched without case or diacritics)',
    file: 'states-and-organizations.yaml',
    find: 'aliases: [Belarus]',
    replace: 'aliases: [Belarus, TURKIYE]',
    at: 'TURKIYE',
    reason: /^the name "TURKIYE" also names "turkey" \(.*states-and-organizations\.yaml:\d+\)$/,
  },
  {
    name: 'YAML that does not parse',
    file: 'places.yaml',
    find: '  name: Mariupol\n',
    replace: '  name: Mariupol: port city\n',
    at: 'Mariupol: port city',
    reason: /^YAML does not parse: Nested mappings are not allowed in compact mappings/,
  },
  {
    name: 'a basis on a relation type that needs evidence',
    file: 'events.yaml',
    find: `      role: facilitator\n${UAE_EVIDENCE}`,
    replace: '      role: facilitator\n      basis: "The UAE often mediates exchanges"\n',
    at: 'basis: "The UAE',
    reason: /^MEDIATED_BY needs evidence; only LOCATED_IN and PART_OF may rest on a basis alone$/,
  },
  {
    name: 'a relation with neither evidence nor basis',
    file: 'places.yaml',
    find: '      basis: "Istanbul is a city in Turkey (reference geography)"\n',
    replace: '',
    at: 'type: LOCATED_IN\n      to: turkey',
    reason: /^LOCATED_IN to "turkey" needs at least one piece of evidence$/,
  },
  {
    name: 'a cumulative figure without the date it counts from',
    file: 'figures.yaml',
    find: '  since: { start: 2022-03-01, precision: month }\n',
    replace: '',
    at: 'status: cumulative',
    reason: /^a cumulative figure needs `since`, the date its count runs from$/,
  },
  {
    name: 'a "since" on a figure that is no running total',
    file: 'figures.yaml',
    find: '  status: reported\n  counts: Ukrainian captives released by Russia',
    replace: '  status: reported\n  since: { start: 2022-02-24, precision: day }\n  counts: Ukrainian captives released by Russia',
    at: 'since: { start: 2022-02-24',
    reason: /^`since` goes with status cumulative$/,
  },
  {
    name: 'a running total made a figure of one exchange',
    file: 'figures.yaml',
    find: `    - type: RETURNED_TO\n      to: ukraine\n      evidence:\n        - article: ${A002}\n          quote: "4,757 Ukrainian citizens have been released"\n`,
    replace:
      `    - type: ABOUT\n      to: exchange-2025-05-23\n      evidence:\n        - article: ${A002}\n          quote: "As of now, 4,757 Ukrainian citizens"\n` +
      `    - type: RETURNED_TO\n      to: ukraine\n      evidence:\n        - article: ${A002}\n          quote: "4,757 Ukrainian citizens have been released"\n`,
    at: `to: exchange-2025-05-23\n      evidence:\n        - article: ${A002}\n          quote: "As of now, 4,757 Ukrainian citizens"`,
    reason: /^a cumulative figure counts no single event: ABOUT "exchange-2025-05-23" is not allowed$/,
  },
  {
    name: 'an ambiguous claim with one candidate',
    file: 'statements.yaml',
    find: '    - type: MAY_BE_ABOUT\n      to: exchange-2025-05-23\n      how: the exchange the article reports, begun on Friday (23 May 2025), may be the one meant by "this latest exchange"\n',
    replace: '    - type: ABOUT\n      to: ukraine-coordination-hq\n',
    at: 'flag: ambiguous',
    reason: /^an ambiguous claim names at least two candidates with MAY_BE_ABOUT$/,
  },
  {
    name: 'an ambiguous claim that picks one event after all',
    file: 'statements.yaml',
    find: '    - type: MAY_BE_ABOUT\n      to: exchange-over-200-ukrainians\n',
    replace:
      `    - type: ABOUT\n      to: exchange-1000-for-1000\n      evidence:\n        - article: ${A002}\n          quote: "this latest exchange marks"\n` +
      '    - type: MAY_BE_ABOUT\n      to: exchange-over-200-ukrainians\n',
    at: `to: exchange-1000-for-1000\n      evidence:\n        - article: ${A002}\n          quote: "this latest exchange marks"`,
    reason: /^an ambiguous claim picks no event: "exchange-1000-for-1000" belongs in MAY_BE_ABOUT$/,
  },
  {
    name: 'a candidate referent on a claim not flagged ambiguous',
    file: 'statements.yaml',
    find: '          quote: "publicly acknowledging the ongoing swap via social media"\n',
    replace:
      '          quote: "publicly acknowledging the ongoing swap via social media"\n' +
      `    - type: MAY_BE_ABOUT\n      to: exchange-1000-for-1000\n      how: the swap\n      evidence:\n        - article: ${A002}\n          quote: "the ongoing swap"\n`,
    at: 'type: MAY_BE_ABOUT\n      to: exchange-1000-for-1000',
    reason: /^MAY_BE_ABOUT goes with flag ambiguous$/,
  },
  {
    name: 'a candidate referent that does not say why it is one',
    file: 'statements.yaml',
    find: '      how: the nearest antecedent of "this latest exchange", in the sentence before\n',
    replace: '',
    at: 'type: MAY_BE_ABOUT\n      to: exchange-over-200-ukrainians',
    reason: /^MAY_BE_ABOUT says with `how` why the candidate is one$/,
  },
  {
    name: 'a place of treatment given to a claim rather than to the people treated',
    file: 'statements.yaml',
    find: '          quote: "confirmed the return of its captives to Belarus"\n',
    replace:
      '          quote: "confirmed the return of its captives to Belarus"\n' +
      '    - type: TREATED_IN\n      to: belarus\n      evidence:\n        - article: 003_d9990e0c69552160\n          quote: "receiving medical and psychological support"\n',
    at: 'type: TREATED_IN',
    reason: /^TREATED_IN does not start at a Statement \(only at Exchange, Release, Group, Person\)$/,
  },
  {
    name: 'a flag the model does not know',
    file: 'figures.yaml',
    find: '  flag: unverified\n  flagNote: From posts on X',
    replace: '  flag: doubtful\n  flagNote: From posts on X',
    at: 'flag: doubtful',
    reason: /^flag: Invalid option: expected one of "inconsistent"\|"unverified"\|"ambiguous"$/,
  },
];

describe('checking the seeds before loading', () => {
  let db: Database;
  let seeded: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    db = await seededDatabase();
    seeded = await fingerprint(db);
  });
  afterAll(async () => {
    await db.close();
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)('refuses $name with its file, line and reason, and loads nothing', async ({ file, find, replace, at, reason }) => {
    const copy = corrupted(file, find, replace, at);
    const error = rejection(copy.dir);
    expect(error.problems).toEqual([{ file: copy.file, line: copy.line, reason: expect.stringMatching(reason) }]);
    expect(error.message).toContain(`${copy.file}:${copy.line}: ${error.problems[0].reason}`);

    await expect(prepareGraph(db, silentProgress, copy.dir)).rejects.toBeInstanceOf(FactsRejected);
    expect(await fingerprint(db)).toEqual(seeded);
  });

  it('refuses a problem even when it comes with others, and names them all', () => {
    const copy = corrupted('events.yaml', 'date: { start: 2025-05-16, precision: day }', 'date: { start: 2025-02-30, precision: day }', '2025-02-30');
    const target = path.join(copy.dir, 'facts', 'places.yaml');
    fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('      to: turkey\n', '      to: turkiye\n'));
    const error = rejection(copy.dir);
    expect(error.problems.map((p) => [path.basename(p.file), p.reason])).toEqual([
      ['events.yaml', 'date.start: must be a date written YYYY-MM-DD'],
      ['places.yaml', '"turkiye" is not the id of any node'],
    ]);
  });
});

describe('the curated seeds', () => {
  let facts: Facts;
  beforeAll(() => {
    facts = readFacts(SEEDS_DIR);
  });

  const node = (id: string) => {
    const found = facts.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  };
  const rel = (from: string, type: string, to: string) => facts.relationships.find((r) => r.id === `${from}>${type}>${to}`);
  const articlesOf = (evidenceIds: unknown): string[] =>
    [...new Set((evidenceIds as string[]).map((id) => facts.evidence.find((e) => e.id === id)!.articleId.slice(0, 3)))].sort();
  /** The articles (by their number) whose evidence backs a relationship, [] for none or a basis. */
  const backing = (from: string, type: string, to: string): string[] | undefined => {
    const r = rel(from, type, to);
    return r && articlesOf(r.props.evidence);
  };

  it('pass every check', () => {
    expect(() => readFacts(SEEDS_DIR)).not.toThrow();
    expect(facts.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('keep a basis beside evidence where the link is the curator\'s reading, on any relationship type', () => {
    const peskov = rel('st-peskov-laborious-process', 'ABOUT', 'exchange-1000-for-1000');
    expect(peskov?.props).toMatchObject({ basis: expect.stringContaining("curator's reading") });
    expect(backing('st-peskov-laborious-process', 'ABOUT', 'exchange-1000-for-1000')).toEqual(['003']);
  });

  it('A1: the UAE mediated one exchange, reported by 004', () => {
    const mediated = facts.relationships.filter((r) => r.type === 'MEDIATED_BY');
    expect(mediated.map((r) => r.id)).toEqual(['exchange-uae-2024>MEDIATED_BY>uae']);
    expect(backing('exchange-uae-2024', 'MEDIATED_BY', 'uae')).toEqual(['004']);
    expect(articlesOf(node('exchange-uae-2024').evidence)).toEqual(['004']);
  });

  it('A2: the exchanges of 002/003 and 001 were agreed at talks in Istanbul, which lies in Turkey; 004 was not', () => {
    expect(backing('exchange-2025-05-23', 'PHASE_OF', 'exchange-1000-for-1000')).toEqual(['003']);
    expect(backing('exchange-1000-for-1000', 'UNDER', 'agreement-1000-for-1000')).toEqual(['002', '003']);
    expect(backing('agreement-1000-for-1000', 'AGREED_AT', 'negotiation-istanbul-2025-05-16')).toEqual(['002', '003']);
    expect(backing('negotiation-istanbul-2025-05-16', 'TOOK_PLACE_IN', 'istanbul')).toEqual(['002', '003']);
    expect(backing('exchange-istanbul-under-25', 'UNDER', 'agreement-istanbul-001')).toEqual(['001']);
    expect(backing('agreement-istanbul-001', 'AGREED_AT', 'negotiation-istanbul-001')).toEqual(['001']);
    expect(backing('negotiation-istanbul-001', 'TOOK_PLACE_IN', 'istanbul')).toEqual(['001']);
    expect(rel('istanbul', 'LOCATED_IN', 'turkey')?.props).toMatchObject({ evidence: [], basis: expect.stringContaining('Turkey') });
    expect(facts.relationships.filter((r) => r.from === 'exchange-uae-2024' && ['UNDER', 'PHASE_OF'].includes(r.type))).toEqual([]);
    expect(facts.relationships.filter((r) => r.to === 'turkey').map((r) => r.id).sort()).toEqual([
      'azov-commanders>HELD_IN>turkey',
      'istanbul>LOCATED_IN>turkey',
    ]);
  });

  it('A3: Mariupol defenders were involved in 000, 001 and (through Azovstal) 004, not in the 23 May phase', () => {
    expect(backing('exchange-mariupol-25', 'INVOLVED', 'mariupol-defenders')).toEqual(['000']);
    expect(backing('exchange-istanbul-under-25', 'INVOLVED', 'mariupol-defenders')).toEqual(['001']);
    expect(backing('exchange-uae-2024', 'INVOLVED', 'azovstal-defenders')).toEqual(['004']);
    expect(backing('azovstal-defenders', 'DEFENDED', 'azovstal')).toEqual(['004']);
    expect(rel('azovstal', 'LOCATED_IN', 'mariupol')?.props).toMatchObject({ evidence: [], basis: expect.stringContaining('Mariupol') });
    expect(backing('mariupol-defenders', 'DEFENDED', 'mariupol')).toEqual(['000', '001']);
    // No sentence says it: the API derives it from where Azovstal lies.
    expect(rel('azovstal-defenders', 'PART_OF', 'mariupol-defenders')).toBeUndefined();
    expect(facts.relationships.filter((r) => r.from === 'exchange-2025-05-23' && r.type === 'INVOLVED').map((r) => r.to).sort()).toEqual([
      'civilians',
      'derektorenko',
      'kursk-civilians',
    ]);
  });

  it('A4: 230 came home to Ukraine (Ukrainian officials) and 248 to Russia (Russia), each with evidence from 004', () => {
    for (const [id, value, side] of [['fig-004-230-to-ukraine', 230, 'ukraine'], ['fig-004-248-to-russia', 248, 'russia']] as const) {
      expect(node(id).props).toMatchObject({ value, status: 'reported' });
      expect(articlesOf(node(id).evidence)).toEqual(['004']);
      expect(backing(id, 'ABOUT', 'exchange-uae-2024')).toEqual(['004']);
      expect(backing(id, 'RETURNED_TO', side)).toEqual(['004']);
      expect(backing(id, 'STATED_BY', side)).toEqual(['004']);
    }
  });

  it('A5: each official quoted on the 23 May 2025 exchange has a statement about it', () => {
    const speakers = facts.relationships
      .filter((r) => r.type === 'ABOUT' && r.to === 'exchange-2025-05-23')
      .flatMap((about) => facts.relationships.filter((r) => r.from === about.from && r.type === 'STATED_BY').map((r) => r.to));
    expect(new Set(speakers)).toEqual(new Set(['zelensky', 'peskov', 'trump', 'budanov', 'russia-mod', 'ukraine', 'lavrov']));
    expect(node('st-peskov-laborious-process').props.quote).toBe('laborious process');
    expect(node('st-trump-major-003').props.quote).toBe('major');
  });

  it('A6: agreed at the Istanbul talks of 16 May 2025; first phase on 23 May 2025, 390 for 390, at the Ukraine–Belarus border', () => {
    expect(node('negotiation-istanbul-2025-05-16').props).toMatchObject({ startDate: '2025-05-16', datePrecision: 'day' });
    expect(node('exchange-2025-05-23').props).toMatchObject({ startDate: '2025-05-23', datePrecision: 'day' });
    expect(backing('exchange-2025-05-23', 'TOOK_PLACE_IN', 'ukraine-belarus-border')).toEqual(['003']);
    expect(node('fig-003-390-to-ukraine').props.value).toBe(390);
    expect(node('fig-003-390-to-russia').props.value).toBe(390);
    expect(backing('fig-003-390-to-ukraine', 'RETURNED_TO', 'ukraine')).toEqual(['003']);
    expect(backing('fig-003-390-to-russia', 'RETURNED_TO', 'russia')).toEqual(['003']);
  });

  it('A7: "Zelensky" and "Zelenskyy" name one person, the President of Ukraine, stating things in several articles', () => {
    for (const key of ['zelensky', 'zelenskyy', 'volodymyr zelenskyy']) {
      expect(facts.aliases.filter((a) => a.key === key).map((a) => a.target)).toEqual(['zelensky']);
    }
    expect(rel('zelensky', 'HOLDS_ROLE', 'ukraine')?.props.title).toBe('President of Ukraine');
    const statedIn = facts.relationships
      .filter((r) => r.type === 'STATED_BY' && r.to === 'zelensky')
      .flatMap((r) => articlesOf(node(r.from).evidence));
    expect(new Set(statedIn)).toEqual(new Set(['001', '002', '003', '004']));
  });

  it('A8: the 23 May 2025 phase included civilians (120 each way; captured in the Kursk region)', () => {
    expect(backing('exchange-2025-05-23', 'INVOLVED', 'civilians')).toEqual(['002', '003']);
    expect(backing('exchange-2025-05-23', 'INVOLVED', 'kursk-civilians')).toEqual(['003']);
    expect(backing('kursk-civilians', 'FROM', 'kursk-region')).toEqual(['003']);
    const civilianGroups = new Set(facts.nodes.filter((n) => n.props.category === 'civilian').map((n) => n.id));
    const exchangesWithCivilians = facts.relationships.filter((r) => r.type === 'INVOLVED' && civilianGroups.has(r.to)).map((r) => r.from);
    expect(new Set(exchangesWithCivilians)).toEqual(new Set(['exchange-2025-05-23']));
    expect(node('fig-003-120-civilians-to-russia').props).toMatchObject({ value: 120, category: 'civilians' });
  });

  it('must-be-empty: the United States mediated nothing, and nothing is dated 2023', () => {
    expect(facts.relationships.filter((r) => r.to === 'usa' && r.type === 'MEDIATED_BY')).toEqual([]);
    const dated2023 = facts.nodes.filter((n) =>
      Object.entries(n.props).some(([key, value]) => /Date$|^not(Before|After)$/.test(key) && String(value).startsWith('2023')),
    );
    expect(dated2023.map((n) => n.id)).toEqual([]);
    expect(node('st-hq-fifth-swap-2023').props).toMatchObject({ flag: 'ambiguous', flagNote: expect.stringContaining('slip') });
  });
});
