import { describe, expect, it } from '@jest/globals';
import { useSeededDatabase } from '../support/graph';

const A001 = '001_4ff46ca603d561e1';
const A002 = '002_9ef6acd0053f48b4';
const A003 = '003_d9990e0c69552160';
const A004 = '004_6e72fc995c898aae';

/**
 * The fact-check's corrections, asked of the seeded graph in plain Cypher:
 * what a sentence says, who said it, what it is about, as the articles have it.
 */
describe('the audit corrections, in the seeded graph', () => {
  const seeded = useSeededDatabase();
  const read = (cypher: string, params: Record<string, unknown> = {}) => seeded.db.read(cypher, params);

  it('lists among the 23 May 2025 phase\'s claims neither "the fifth swap in 2023" nor the 4,757 released since 2022', async () => {
    const rows = await read(`
      MATCH (c:Claim)-[:ABOUT]->(:Exchange)<-[:PHASE_OF*0..1]-(:Exchange {id: 'exchange-2025-05-23'})
      RETURN collect(c.id) AS claims`);
    const claims = rows[0].claims as string[];
    expect(claims).toEqual(expect.arrayContaining(['fig-003-390-to-ukraine', 'st-peskov-laborious-process']));
    expect(claims).not.toContain('st-hq-fifth-swap-2023');
    expect(claims).not.toContain('fig-002-4757-released-since-2022');
  });

  it('keeps "this latest exchange … the fifth swap in 2023" ambiguous: flagged, linked to both candidates with why, about neither', async () => {
    const rows = await read(`
      MATCH (s:Statement {id: 'st-hq-fifth-swap-2023'})
      RETURN s.flag AS flag, s.flagNote AS note,
             COLLECT { MATCH (s)-[:ABOUT]->(e:Event) RETURN e.id } AS about,
             COLLECT { MATCH (s)-[r:MAY_BE_ABOUT]->(e:Exchange) RETURN {exchange: e.id, how: r.how, evidence: size(r.evidence)} ORDER BY e.id } AS candidates`);
    expect(rows).toEqual([
      {
        flag: 'ambiguous',
        note: expect.stringMatching(/over 200[\s\S]*23 May 2025[\s\S]*slip/),
        about: [],
        candidates: [
          { exchange: 'exchange-2025-05-23', how: expect.stringContaining('Friday'), evidence: 2 },
          { exchange: 'exchange-over-200-ukrainians', how: expect.stringContaining('nearest antecedent'), evidence: 2 },
        ],
      },
    ]);
  });

  it('models 4,757 as a running total since March 2022, given by the Coordination Headquarters on the curator\'s reading, about no exchange', async () => {
    const rows = await read(`
      MATCH (f:Figure {id: 'fig-002-4757-released-since-2022'})
      MATCH (f)-[:RETURNED_TO]->(side:State)
      MATCH (f)-[by:STATED_BY]->(claimant)
      RETURN f.value AS value, f.status AS status, toString(f.sinceDate) AS since, f.sincePrecision AS precision,
             side.id AS side, claimant.id AS claimant, by.basis IS NOT NULL AS reading,
             COLLECT { MATCH (f)-[:ABOUT]->(e:Event) RETURN e.id } AS about`);
    expect(rows).toEqual([
      { value: 4757, status: 'cumulative', since: '2022-03-01', precision: 'month', side: 'ukraine', claimant: 'ukraine-coordination-hq', reading: true, about: [] },
    ]);
  });

  it('credits 001\'s "first installment" to no one the graph names, and its "final tally" sentence to the article\'s own voice', async () => {
    const credited = await read(`
      MATCH (c:Claim)-[:STATED_BY]->(:Organization {id: 'ukraine-coordination-hq'})
      MATCH (c)-[:EVIDENCED_BY]->(e:Evidence)
      WHERE e.quote CONTAINS 'first installment' OR e.quote CONTAINS 'final tally'
      RETURN c.id AS id`);
    expect(credited).toEqual([]);
    const rows = await read(`
      MATCH (c:Claim)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(:Article {id: $article})
      WHERE e.quote CONTAINS 'first installment' OR e.quote CONTAINS 'final tally'
      RETURN c.id AS id, c.text AS text, c.status AS status, COLLECT { MATCH (c)-[:STATED_BY]->(s) RETURN s.id } AS statedBy
      ORDER BY id`, { article: A001 });
    expect(rows).toEqual([
      { id: 'fig-001-withheld', text: null, status: 'withheld', statedBy: [] },
      { id: 'st-authorities-first-installment-001', text: expect.stringContaining('Authorities'), status: null, statedBy: [] },
    ]);
  });

  it('puts the severely injured among 001\'s returnees on no side', async () => {
    const rows = await read(`
      MATCH (g:Group {id: 'severely-injured'})
      RETURN COLLECT { MATCH (g)-[r:FROM|PART_OF|MEMBER_OF]->(n) RETURN n.id } AS sides,
             COLLECT { MATCH (x:Exchange)-[r:INVOLVED]->(g) RETURN r.role } AS roles`);
    expect(rows).toEqual([{ sides: [], roles: ['among the returnees (side not stated)'] }]);
  });

  it('does not call "Russian soldiers under 25" "youthful soldiers"', async () => {
    expect(await read("MATCH (:Alias {key: 'youthful soldiers'})-[:NAMES]->(n) RETURN n.id AS id")).toEqual([]);
    expect(await read("MATCH (:Alias {key: 'russian soldiers under 25'})-[:NAMES]->(n) RETURN n.id AS id")).toEqual([{ id: 'russian-soldiers-under-25' }]);
  });

  it('flags 004\'s 230 and 248 unverified, with the sentence that says they cannot be verified', async () => {
    const rows = await read(`
      MATCH (f:Figure)-[:ABOUT]->(:Exchange {id: 'exchange-uae-2024'}) WHERE f.value IN [230, 248]
      RETURN f.value AS value, f.flag AS flag, f.flagNote AS note,
             any(q IN COLLECT { MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(:Article {id: $article}) RETURN e.quote }
                 WHERE q CONTAINS 'cannot be independently verified') AS evidenced
      ORDER BY value`, { article: A004 });
    expect(rows).toEqual([
      { value: 230, flag: 'unverified', note: expect.stringContaining('cannot be independently verified'), evidenced: true },
      { value: 248, flag: 'unverified', note: expect.stringContaining('cannot be independently verified'), evidenced: true },
    ]);
  });

  it('relates the returned Russians of 001 and 003 to Belarus, where they are treated, each with its sentence', async () => {
    const rows = await read(`
      MATCH (x:Exchange)-[r:TREATED_IN]->(:State {id: 'belarus'})
      UNWIND r.evidence AS id MATCH (e:Evidence {id: id})-[:IN]->(a:Article)
      RETURN x.id AS exchange, r.how AS how, a.id AS article, e.quote AS quote ORDER BY exchange`);
    expect(rows).toEqual([
      { exchange: 'exchange-2025-05-23', how: expect.stringContaining('Russia'), article: A003, quote: expect.stringContaining('Belarus') },
      { exchange: 'exchange-istanbul-under-25', how: expect.stringContaining('Russian'), article: A001, quote: expect.stringContaining('Belarus') },
    ]);
  });

  it('keeps the 75 Russians handed back without an exchange as a Release, tied to the exchange and the commanders\' return it is reported with', async () => {
    const rows = await read(`
      MATCH (r:Release {id: 'release-75-russians'})
      RETURN labels(r) AS labels,
             COLLECT { MATCH (r)-[l:RELATED_TO]->(e:Event) RETURN e.id + ': ' + l.how ORDER BY e.id } AS related,
             COLLECT { MATCH (f:Figure)-[:ABOUT]->(r) MATCH (f)-[:RETURNED_TO]->(s) RETURN f.value + ' to ' + s.id } AS figures`);
    expect(rows).toEqual([
      {
        labels: expect.arrayContaining(['Release', 'Event']),
        related: [expect.stringMatching(/^exchange-uae-2024: reported with this exchange/), expect.stringMatching(/^release-azov-commanders: /)],
        figures: ['75 to russia'],
      },
    ]);
    // Not counted as one of the exchange's figures.
    expect(await read("MATCH (f:Figure {value: 75})-[:ABOUT]->(x:Exchange) RETURN x.id AS id")).toEqual([]);
  });

  it('says where a link is the curator\'s reading of its quote: Peskov\'s "the swap" read as the whole 1,000-for-1,000 swap', async () => {
    const rows = await read(`
      MATCH (:Statement {id: 'st-peskov-laborious-process'})-[r:ABOUT]->(x:Exchange)
      RETURN x.id AS exchange, r.basis AS basis ORDER BY exchange`);
    expect(rows).toEqual([
      { exchange: 'exchange-1000-for-1000', basis: expect.stringContaining("curator's reading") },
      { exchange: 'exchange-2025-05-23', basis: null },
    ]);
    // No quote of its evidence claims the swap goes on over the coming days: Peskov did not say that.
    const quotes = await read(`
      MATCH (:Statement {id: 'st-peskov-laborious-process'})-[r]->() UNWIND r.evidence AS id
      MATCH (e:Evidence {id: id}) RETURN collect(e.quote) AS quotes`);
    expect((quotes[0].quotes as string[]).filter((q) => q.includes('coming days'))).toEqual([]);
  });

  it('reads 002\'s "Friday" as 23 May 2025 only on a stated basis', async () => {
    const rows = await read(`
      MATCH (c:Claim)-[r:ABOUT]->(:Exchange {id: 'exchange-2025-05-23'})
      WHERE all(id IN r.evidence WHERE EXISTS { (:Evidence {id: id})-[:IN]->(:Article {id: $article}) })
      RETURN c.id AS id, r.basis AS basis`, { article: A002 });
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.basis).toEqual(expect.stringContaining('Friday'));
  });
});
