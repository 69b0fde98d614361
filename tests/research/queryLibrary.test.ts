import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/neo4j/database';
import { seededDatabase } from '../support/graph';
import { QUERIES_DIR, listQueryFiles, readQueryFile } from '../../src/research/queryFiles';
import { exchangesQuery } from '../../src/query/exchanges';
import { selectionFromText } from '../../src/query/select/selection';
import { type Row, articlesOf, column, evidenceOf, runLibraryFile } from './support';

const A000 = '000_1f84ae1a2f86caed';
const A001 = '001_4ff46ca603d561e1';
const A002 = '002_9ef6acd0053f48b4';
const A003 = '003_d9990e0c69552160';
const A004 = '004_6e72fc995c898aae';

const LIBRARY = listQueryFiles().map((f) => path.basename(f, '.cypher'));
const byExchange = (rows: Row[]): Record<string, Row> => Object.fromEntries(rows.map((r) => [r.exchange as string, r]));

describe('the query library of cypher/queries/', () => {
  let db: Database;
  const results = new Map<string, Row[]>();
  beforeAll(async () => {
    db = await seededDatabase();
    for (const name of LIBRARY) results.set(name, await runLibraryFile(db, name));
  });
  afterAll(() => db.close());
  const rowsOf = (name: string): Row[] => {
    const rows = results.get(name);
    if (!rows) throw new Error(`no results for ${name}: is the file missing?`);
    return rows;
  };

  it('holds a file for every analyst question and every common research need', () => {
    expect(LIBRARY).toEqual(
      expect.arrayContaining([
        'a1-exchanges-mediated-by-uae',
        'a2-exchanges-mediated-or-hosted-by-turkey',
        'a3-exchanges-involving-mariupol-defenders',
        'a4-returned-per-side-in-uae-exchange',
        'a5-what-officials-said-about-exchange',
        'a6-when-where-agreed-and-progress',
        'a7-who-is',
        'a8-exchanges-including-civilians',
        'none-exchanges-mediated-by-us',
        'none-exchanges-in-2023',
        'exchanges-by-mediator',
        'exchanges-by-group',
        'exchanges-by-participant',
        'exchanges-by-place',
        'exchanges-in-period',
        'claims-and-claimants',
        'flagged-and-conflicting-claims',
        'timeline-counts',
        'neighbourhood',
        'shortest-path',
        'cumulative-totals',
        'unverified-figures',
        'releases-without-exchange',
        'events-by-date',
        'ambiguous-references',
      ]),
    );
  });

  describe.each(LIBRARY)('%s', (name) => {
    const file = readQueryFile(path.join(QUERIES_DIR, `${name}.cypher`));

    it('says in its header what it answers and documents, with an example, every parameter it takes', () => {
      expect(file.title.length).toBeGreaterThan(10);
      const used = new Set([...file.text.replace(/^\s*\/\/.*$/gm, '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect(Object.keys(file.exampleParams).sort()).toEqual([...used].sort());
      for (const param of used) expect(file.header).toMatch(new RegExp(`:param ${param} => `));
    });

    it('carries its evidence (article id and quote) on every row', () => {
      for (const row of rowsOf(name)) {
        const evidence = evidenceOf(row);
        // A relationship of reference geography rests on a basis, not on an article.
        if (evidence.length === 0 && typeof row.basis === 'string') continue;
        expect(evidence.length).toBeGreaterThan(0);
        for (const e of evidence) {
          expect(e.article).toMatch(/^\d{3}_[0-9a-f]{16}$/);
          expect(typeof e.quote === 'string' && e.quote.length > 0).toBe(true);
        }
      }
    });
  });

  it('A1: the UAE mediated exactly one exchange, reported by 004', () => {
    const rows = rowsOf('a1-exchanges-mediated-by-uae');
    expect(column(rows, 'exchange')).toEqual(['exchange-uae-2024']);
    expect(articlesOf(rows[0])).toEqual([A004]);
    expect(evidenceOf(rows[0]).map((e) => e.quote)).toContain('This exchange, facilitated by officials from the United Arab Emirates');
  });

  it("A2: Turkey hosted the talks of 002/003's swap and of 001's exchange, not 004's", () => {
    const rows = byExchange(rowsOf('a2-exchanges-mediated-or-hosted-by-turkey'));
    expect(Object.keys(rows).sort()).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23', 'exchange-istanbul-under-25']);
    expect(articlesOf(rows['exchange-2025-05-23'])).toEqual([A002, A003]);
    expect(articlesOf(rows['exchange-1000-for-1000'])).toEqual([A002, A003]);
    expect(articlesOf(rows['exchange-istanbul-under-25'])).toEqual([A001]);
    expect(rows['exchange-istanbul-under-25'].basis).toEqual(['istanbul LOCATED_IN turkey: Istanbul is a city in Turkey (reference geography)']);
    expect(rows['exchange-uae-2024']).toBeUndefined();
  });

  it('A3: Mariupol defenders were in the exchanges of 000, 001 and 004 (Azovstal), not the 23 May phase', () => {
    const rows = byExchange(rowsOf('a3-exchanges-involving-mariupol-defenders'));
    expect(Object.keys(rows).sort()).toEqual(['exchange-istanbul-under-25', 'exchange-mariupol-25', 'exchange-uae-2024']);
    expect(rows['exchange-2025-05-23']).toBeUndefined();
    expect(articlesOf(rows['exchange-mariupol-25'])).toEqual([A000]);
    expect(articlesOf(rows['exchange-istanbul-under-25'])).toEqual([A001]);
    const uae = rows['exchange-uae-2024'];
    expect(uae.matchedBecause).toBe(
      'exchange-uae-2024 -[:INVOLVED]-> azovstal-defenders -[:DEFENDED]-> azovstal -[:LOCATED_IN]-> mariupol <-[:DEFENDED]- mariupol-defenders',
    );
    expect(articlesOf(uae)).toContain(A004);
    expect(uae.basis).toEqual(['azovstal LOCATED_IN mariupol: Azovstal is a steel works in Mariupol (reference geography)']);
  });

  it('A4: 230 came home to Ukraine (per Ukraine) and 248 to Russia (per Russia), each with its evidence', () => {
    const rows = rowsOf('a4-returned-per-side-in-uae-exchange');
    expect(rows.map((r) => [r.exchange, r.returnedTo, r.value, r.statedBy])).toEqual([
      ['exchange-uae-2024', 'russia', 248, ['Russia']],
      ['exchange-uae-2024', 'ukraine', 230, ['Ukraine']],
    ]);
    for (const row of rows) expect(articlesOf(row)).toEqual([A004]);
    const quotes = rows.flatMap((r) => evidenceOf(r).map((e) => e.quote));
    expect(quotes).toContain('Ukrainian officials have reported that 230 of their service members returned home');
    expect(quotes).toContain('Russia stated that 248 of its prisoners were released');
  });

  it('A5: each official on the 23 May 2025 exchange, with article and quote', () => {
    const rows = rowsOf('a5-what-officials-said-about-exchange');
    const bySpeaker = (id: string): Row[] => rows.filter((r) => r.speakerId === id);
    for (const id of ['zelensky', 'peskov', 'trump', 'lavrov', 'budanov', 'russia-mod']) expect(bySpeaker(id).length).toBeGreaterThan(0);
    expect(bySpeaker('zelensky').map((r) => r.said).join(' ')).toMatch(/390/);
    expect(bySpeaker('peskov').map((r) => r.ownWords)).toContain('laborious process');
    expect(bySpeaker('trump').map((r) => r.ownWords)).toContain('major');
    expect(bySpeaker('lavrov')[0].said).toMatch(/draft for a long-term peace agreement/);
    expect(bySpeaker('budanov')[0].said).toMatch(/confidence in completing the swap/);
    expect(bySpeaker('russia-mod').map((r) => r.said).join(' ')).toMatch(/270 Russian servicemen and 120 civilians/);
    // The newspaper is never a speaker; unattributed posts on X are not officials.
    expect(rows.map((r) => r.claim)).not.toContain('st-x-shortage-of-russian-prisoners');
    // "This latest exchange … the fifth swap in 2023" may be about an earlier exchange: not listed as about this one.
    expect(rows.map((r) => r.claim)).not.toContain('st-hq-fifth-swap-2023');
    for (const row of rows) expect(articlesOf(row).every((a) => a === A002 || a === A003)).toBe(true);
  });

  it('A6: agreed at the Istanbul talks of 16 May 2025; first phase on 23 May 2025, 390 for 390, at the Ukraine–Belarus border', () => {
    const rows = rowsOf('a6-when-where-agreed-and-progress');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      exchange: 'exchange-1000-for-1000',
      agreedAt: 'Istanbul talks (16 May 2025)',
      agreedOn: '2025-05-16',
      agreedIn: ['Istanbul, Turkey'],
      phase: 'exchange-2025-05-23',
      phaseDate: '2025-05-23',
      phasePlaces: ['Ukraine–Belarus border'],
    });
    expect(row.phaseFigures).toEqual(expect.arrayContaining(['390 prisoners to Ukraine', '390 prisoners to Russia']));
    expect(evidenceOf(row).map((e) => e.quote)).toEqual(
      expect.arrayContaining(['Agreed during talks in Istanbul on 16 May', 'began at the Ukraine-Belarus border']),
    );
  });

  it('A6: no phase had begun a day before it did', async () => {
    const rows = await runLibraryFile(db, 'a6-when-where-agreed-and-progress', { asOf: '2025-05-22' });
    expect(column(rows, 'phase')).toEqual([null]);
    expect(column(rows, 'agreedOn')).toEqual(['2025-05-16']);
  });

  it('A7: "Zelensky" is one person, also spelled Zelenskyy, President of Ukraine, quoted in several articles', async () => {
    const rows = rowsOf('a7-who-is');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ id: 'zelensky', kind: 'Person' });
    expect(row.aliases).toContain('Zelenskyy');
    expect(row.offices).toEqual(['President of Ukraine (Ukraine)']);
    expect((row.articles as string[]).length).toBeGreaterThanOrEqual(3);
    expect((row.claims as string[]).length).toBeGreaterThanOrEqual(4);
    // Either spelling, any case, finds the same one person.
    expect(column(await runLibraryFile(db, 'a7-who-is', { name: 'ZELENSKYY' }), 'id')).toEqual(['zelensky']);
  });

  it('A8: civilians were exchanged in the 23 May 2025 phase, 120 each way, among them civilians from the Kursk region', () => {
    const rows = rowsOf('a8-exchanges-including-civilians');
    expect(column(rows, 'exchange')).toEqual(['exchange-2025-05-23']);
    expect(rows[0].groups).toEqual(['Civilians', 'Civilians captured in the Kursk region']);
    expect(rows[0].civilianFigures).toEqual(expect.arrayContaining(['120 civilians to Russia', '120 civilians to Ukraine']));
  });

  it('comes back empty for the United States as mediator (Trump only commented)', () => {
    expect(rowsOf('none-exchanges-mediated-by-us')).toEqual([]);
  });

  it('comes back empty for exchanges in 2023 (002\'s "2023" is a flagged slip)', () => {
    expect(rowsOf('none-exchanges-in-2023')).toEqual([]);
    const flagged = rowsOf('flagged-and-conflicting-claims');
    expect(flagged.find((r) => (r.claims as string[]).includes('st-hq-fifth-swap-2023'))?.kind).toBe('flagged: ambiguous');
  });

  it('lists flagged claims and no false conflict (230 and 248 are two directions)', () => {
    const rows = rowsOf('flagged-and-conflicting-claims');
    expect(rows.map((r) => [r.kind, r.claims])).toEqual([
      ['flagged: ambiguous', ['st-hq-fifth-swap-2023']],
      ['flagged: unverified', ['fig-004-230-to-ukraine']],
      ['flagged: unverified', ['fig-004-248-to-russia']],
      ['flagged: unverified', ['fig-x-about-400-russian-prisoners']],
      ['flagged: unverified', ['st-x-shortage-of-russian-prisoners']],
    ]);
  });

  it('gives the running total 4,757 since March 2022 as what it is: cumulative, its claimant a stated reading, about no exchange', () => {
    const rows = rowsOf('cumulative-totals');
    expect(rows.map((r) => [r.figure, r.value, r.since, r.sincePrecision, r.returnedTo, r.claimant, r.aboutEvents])).toEqual([
      ['fig-002-4757-released-since-2022', 4757, '2022-03-01', 'month', 'Ukraine', "Coordination Headquarters for the Treatment of Prisoners of War", []],
    ]);
    expect(rows[0].claimantBasis).toMatch(/curator's reading/);
    expect(evidenceOf(rows[0]).map((e) => e.quote)).toContain('As of now, 4,757 Ukrainian citizens have been released since March 2022.');
  });

  it('lists the unverified figures with the sentence that says so', () => {
    const rows = rowsOf('unverified-figures');
    expect(rows.map((r) => [r.figure, r.value, r.returnedTo])).toEqual([
      ['fig-004-230-to-ukraine', 230, 'Ukraine'],
      ['fig-004-248-to-russia', 248, 'Russia'],
      ['fig-x-about-400-russian-prisoners', 400, null],
    ]);
    for (const row of rows.slice(0, 2)) {
      expect(articlesOf(row)).toEqual([A004]);
      expect(evidenceOf(row).some((e) => e.quote.includes('cannot be independently verified'))).toBe(true);
    }
  });

  it('finds the 75 Russians handed back without an exchange, with the exchange and the return they are reported with', () => {
    const rows = rowsOf('releases-without-exchange');
    expect(column(rows, 'release')).toEqual(['release-75-russians', 'release-azov-commanders']);
    const [seventyFive] = rows;
    expect(seventyFive).toMatchObject({ people: ['75 to Russia (per Tatyana Moskalkova)'], returnedTo: 'Russia', releasedBy: 'Ukraine' });
    const related = seventyFive.relatedTo as { event: string; basis: string | null }[];
    expect(related.map((r) => r.event).sort()).toEqual(['exchange-uae-2024', 'release-azov-commanders']);
    expect(related.find((r) => r.event === 'exchange-uae-2024')?.basis).toMatch(/curator's reading/);
    expect(articlesOf(seventyFive)).toEqual([A004]);
  });

  it.each([
    ['2025-05-23', '2025-05-23', ['exchange-2025-05-23']],
    ['2025-05-16', '2025-05-16', ['agreement-1000-for-1000', 'negotiation-istanbul-2025-05-16']],
    ['2025-05-01', '2025-05-31', ['agreement-1000-for-1000', 'negotiation-istanbul-2025-05-16', 'exchange-2025-05-23']],
    ['2024-01-01', '2024-01-31', []],
  ])('events-by-date finds the events wholly within %s – %s', async (from, to, expected) => {
    const rows = await runLibraryFile(db, 'events-by-date', { from, to });
    expect(column(rows, 'event')).toEqual(expected);
  });

  it('keeps 002\'s "this latest exchange" ambiguous between its two candidates, each with why', () => {
    const rows = rowsOf('ambiguous-references');
    expect(rows.map((r) => [r.claim, r.candidate, r.about])).toEqual([
      ['st-hq-fifth-swap-2023', 'exchange-2025-05-23', []],
      ['st-hq-fifth-swap-2023', 'exchange-over-200-ukrainians', []],
    ]);
    for (const row of rows) {
      expect(row.how).toEqual(expect.any(String));
      expect(articlesOf(row)).toEqual([A002]);
    }
  });

  it('reports two exact figures of one event, direction and category that disagree as a conflict', async () => {
    // Inside a transaction that is rolled back: the seeded graph never sees the contradicting figure.
    const session = db.driver.session({ database: db.name });
    const tx = await session.beginTransaction();
    try {
      await tx.run(`
        MATCH (x:Exchange {id: 'exchange-uae-2024'}), (ua:State {id: 'ukraine'})
        CREATE (f:Node:Figure:Claim {id: 'fig-test-231', label: 'Figure', name: 'test', value: 231, qualifier: 'exact',
                category: 'servicemen', status: 'reported'})-[:ABOUT]->(x)
        CREATE (f)-[:RETURNED_TO]->(ua)`);
      const file = readQueryFile(path.join(QUERIES_DIR, 'flagged-and-conflicting-claims.cypher'));
      const result = await tx.run(file.text);
      const conflicts = result.records.filter((r) => r.get('kind') === 'conflict').map((r) => r.get('claims'));
      expect(conflicts).toEqual([['fig-004-230-to-ukraine', 'fig-test-231']]);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('lists claims with who made them, or says there was no speaker', () => {
    const rows = rowsOf('claims-and-claimants');
    expect(rows.map((r) => [r.claim, r.statedBy])).toEqual([
      ['fig-004-230-to-ukraine', ['Ukraine']],
      ['fig-004-248-to-russia', ['Russia']],
      ['fig-004-nearly-500', ['(no speaker: the article or an unattributed source)']],
      ['st-russia-medical-support-004', ['Russia']],
    ]);
  });

  it('counts events by month, keeping undated and only-bounded events apart', async () => {
    const rows = rowsOf('timeline-counts');
    const count = (period: string, kind: string): unknown => rows.find((r) => r.period === period && r.kind === kind)?.count;
    expect(count('2025-05', 'Exchange')).toBe(2);
    expect(count('2025-05', 'Negotiation')).toBe(1);
    expect(count('on or before 2024-01-04', 'Exchange')).toBe(1);
    expect(count('date unknown', 'Exchange')).toBe(3);
    expect(rows.some((r) => String(r.period).startsWith('2023'))).toBe(false);
    const byYear = await runLibraryFile(db, 'timeline-counts', { granularity: 'year' });
    expect(byYear.find((r) => r.period === '2025' && r.kind === 'Exchange')?.count).toBe(2);
  });

  it("expands a node's neighbourhood with each relationship's evidence or basis", async () => {
    expect(rowsOf('neighbourhood').map((r) => [r.direction, r.relationship, r.otherId])).toEqual([['in', 'MEDIATED_BY', 'exchange-uae-2024']]);
    const mariupol = await runLibraryFile(db, 'neighbourhood', { name: 'Mariupol' });
    expect(mariupol.find((r) => r.relationship === 'LOCATED_IN' && r.otherId === 'ukraine')?.basis).toMatch(/reference geography/);
    expect(mariupol.map((r) => r.otherId)).toEqual(expect.arrayContaining(['azovstal', 'mariupol-defenders', 'ukraine']));
  });

  it('finds the shortest paths between two nodes over curated relationships only', async () => {
    const rows = rowsOf('shortest-path');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(column(rows, 'length'))).toEqual(new Set([3]));
    expect(column(rows, 'path')).toContain(
      'zelensky <-[:STATED_BY]- st-zelensky-our-people-are-home-001 -[:ABOUT]-> exchange-istanbul-under-25 -[:INVOLVED]-> mariupol-defenders',
    );
    const uae = await runLibraryFile(db, 'shortest-path', { from: 'UAE', to: 'Azovstal' });
    expect(column(uae, 'path')).toEqual(['uae <-[:MEDIATED_BY]- exchange-uae-2024 -[:INVOLVED]-> azovstal-defenders -[:DEFENDED]-> azovstal']);
  });

  // The API's own exchanges query, with the same names: the same exchanges.
  it.each([
    ['exchanges-by-mediator', 'mediatedBy', 'UAE'],
    ['exchanges-by-mediator', 'mediatedBy', 'Turkey'],
    ['exchanges-by-mediator', 'mediatedBy', 'United States'],
    ['exchanges-by-group', 'involves', 'Mariupol defenders'],
    ['exchanges-by-group', 'involves', 'civilians'],
    ['exchanges-by-participant', 'participant', 'Russia'],
    ['exchanges-by-place', 'place', 'Belarus'],
    ['exchanges-by-place', 'place', 'Ukraine'],
  ] as const)('%s finds what the API finds for %s: %s', async (name, filter, value) => {
    const fileIds = column(await runLibraryFile(db, name, { name: value }), 'exchange').sort();
    const { cypher, params } = exchangesQuery({ [filter]: value }, { first: 100 }, selectionFromText('{ edges { node { id } } }'));
    const [api] = await db.read(cypher, { ...params, first: neo4j.int(100) });
    const apiIds = (api.page as { node: { id: string } }[]).map((e) => e.node.id).sort();
    expect(fileIds).toEqual(apiIds);
  });

  it.each([
    ['2025-05-01', '2025-05-31'],
    ['2023-01-01', '2023-12-31'],
    ['2020-01-01', '2030-12-31'],
  ])('exchanges-in-period finds what the API finds from %s to %s', async (from, to) => {
    const fileIds = column(await runLibraryFile(db, 'exchanges-in-period', { from, to }), 'exchange').sort();
    const { cypher, params } = exchangesQuery({ from, to }, { first: 100 }, selectionFromText('{ edges { node { id } } }'));
    const [api] = await db.read(cypher, { ...params, first: neo4j.int(100) });
    expect(fileIds).toEqual((api.page as { node: { id: string } }[]).map((e) => e.node.id).sort());
  });
});
