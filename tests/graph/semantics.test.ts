import { describe, expect, it } from '@jest/globals';
import { useSeededDatabase } from '../support/graph';

/**
 * The facts the acceptance answers hinge on, asked in plain Cypher of the
 * seeded graph: what a researcher sees, whatever the API makes of it.
 */
describe('the seeded graph', () => {
  const seeded = useSeededDatabase();

  const ids = async (cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> =>
    (await seeded.db.read(cypher, params)).map((r) => r.id);

  it('has one MEDIATED_BY edge, exchange-uae-2024 → uae, and none to Turkey or the United States', async () => {
    const rows = await seeded.db.read('MATCH (x)-[r:MEDIATED_BY]->(m) RETURN x.id AS from, m.id AS to, r.role AS role');
    expect(rows).toEqual([{ from: 'exchange-uae-2024', to: 'uae', role: 'facilitator' }]);
    expect(await ids("MATCH ()-[r:MEDIATED_BY]->(m) WHERE m.id IN ['turkey', 'usa'] RETURN r.id AS id")).toEqual([]);
  });

  it('chains the 23 May 2025 phase to talks in Istanbul, Turkey, on 16 May 2025', async () => {
    const rows = await seeded.db.read(`
      MATCH (:Exchange {id: $phase})-[:PHASE_OF]->(:Exchange {id: $swap})-[:UNDER]->(:Agreement {id: $agreement})
            -[:AGREED_AT]->(n:Negotiation {id: $talks})-[:TOOK_PLACE_IN]->(:Place {id: 'istanbul'})
            -[:LOCATED_IN]->(:State {id: 'turkey'})
      RETURN toString(n.startDate) AS startDate, n.datePrecision AS precision`,
    {
      phase: 'exchange-2025-05-23',
      swap: 'exchange-1000-for-1000',
      agreement: 'agreement-1000-for-1000',
      talks: 'negotiation-istanbul-2025-05-16',
    });
    expect(rows).toEqual([{ startDate: '2025-05-16', precision: 'day' }]);
  });

  it('gives the UAE exchange two figures, one per direction and claimant, each from article 004', async () => {
    const rows = await seeded.db.read(`
      MATCH (f:Figure)-[:ABOUT]->(:Exchange {id: 'exchange-uae-2024'})
      MATCH (f)-[:RETURNED_TO]->(side:State)
      MATCH (f)-[:STATED_BY]->(claimant)
      MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(a:Article)
      RETURN f.value AS value, side.id AS returnedTo, claimant.id AS statedBy, collect(DISTINCT a.id) AS articles
      ORDER BY value`);
    expect(rows).toEqual([
      { value: 230, returnedTo: 'ukraine', statedBy: 'ukraine', articles: ['004_6e72fc995c898aae'] },
      { value: 248, returnedTo: 'russia', statedBy: 'russia', articles: ['004_6e72fc995c898aae'] },
    ]);
  });

  it('keeps "the fifth swap in 2023" as stated, flagged, its slip noted, and dates nothing in 2023', async () => {
    const [statement] = await seeded.db.read(`
      MATCH (s:Statement) WHERE s.text CONTAINS 'fifth swap in 2023'
      RETURN s.id AS id, s.flag AS flag, s.flagNote AS note`);
    expect(statement).toMatchObject({ id: 'st-hq-fifth-swap-2023', flag: 'ambiguous', note: expect.stringContaining('2023') });
    const datedIn = (year: number): Promise<unknown[]> =>
      ids(
        `MATCH (n:Node)
         WHERE any(key IN keys(n) WHERE n[key] IS :: DATE AND n[key].year = $year)
         RETURN n.id AS id ORDER BY id`,
        { year },
      );
    expect(await datedIn(2023)).toEqual([]);
    // The same question must see dates at all: 2025 has the Istanbul talks and the swap.
    expect(await datedIn(2025)).toEqual(expect.arrayContaining(['exchange-2025-05-23', 'negotiation-istanbul-2025-05-16']));
  });

  it.each([
    ['Zelensky', 'zelensky'],
    ['ZELENSKYY', 'zelensky'],
    ['Volodymyr Zelenskyy', 'zelensky'],
    ['  zelenskyy ', 'zelensky'],
    ['Türkiye', 'turkey'],
    ['turkiye', 'turkey'],
    ['Turkey', 'turkey'],
    ['UAE', 'uae'],
    ['United Arab Emirates', 'uae'],
  ])('resolves the name %j to the one node %s through Alias', async (name, id) => {
    const found = await ids('MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(n) RETURN n.id AS id', { name });
    expect(found).toEqual([id]);
  });

  it('dates article 004 (2024-01-04) and no other article', async () => {
    const rows = await seeded.db.read('MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.id AS id, a.publishedAt AS publishedAt');
    expect(rows).toEqual([{ id: '004_6e72fc995c898aae', publishedAt: '2024-01-04' }]);
    expect(await seeded.db.read('MATCH (a:Article) RETURN count(a) AS articles')).toEqual([{ articles: 5 }]);
  });

  it('holds only quotes found verbatim in their article and in their own sentence', async () => {
    const bad = await ids(`
      MATCH (e:Evidence)-[:IN]->(a:Article)
      WHERE NOT (a.text CONTAINS e.quote AND e.sentence CONTAINS e.quote AND a.text CONTAINS e.sentence)
         OR e.articleId <> a.id
      RETURN e.id AS id`);
    expect(bad).toEqual([]);
    const [{ evidence, orphans }] = await seeded.db.read(`
      MATCH (e:Evidence)
      RETURN count(e) AS evidence, count { MATCH (e) WHERE NOT (e)-[:IN]->(:Article) } AS orphans`);
    expect(evidence).toBeGreaterThan(100);
    expect(orphans).toBe(0);
  });

  it('backs every curated relationship by evidence that exists, or by a basis on LOCATED_IN / PART_OF only', async () => {
    const unbacked = await ids(`
      MATCH ()-[r]->() WHERE NOT type(r) IN ['IN', 'EVIDENCED_BY', 'NAMES']
        AND NOT (size(coalesce(r.evidence, [])) > 0 OR (r.basis IS NOT NULL AND type(r) IN ['LOCATED_IN', 'PART_OF']))
      RETURN coalesce(r.id, type(r)) AS id`);
    expect(unbacked).toEqual([]);
    const dangling = await ids(`
      MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
      UNWIND r.evidence AS id
      WITH r, id WHERE NOT EXISTS { MATCH (:Evidence {id: id}) }
      RETURN r.id + ' ' + id AS id`);
    expect(dangling).toEqual([]);
    const [{ withBasis }] = await seeded.db.read('MATCH ()-[r]->() WHERE r.basis IS NOT NULL RETURN count(r) AS withBasis');
    expect(withBasis).toBeGreaterThan(0);
  });

  it('derives "Mariupol defenders" from the place hierarchy, not from a PART_OF no article states', async () => {
    expect(await ids("MATCH (:Group {id: 'azovstal-defenders'})-[r:PART_OF]->() RETURN r.id AS id")).toEqual([]);
    const rows = await seeded.db.read(`
      MATCH (:Group {id: 'azovstal-defenders'})-[:DEFENDED]->(:Place {id: 'azovstal'})-[r:LOCATED_IN]->(:Place {id: 'mariupol'})
      RETURN r.evidence AS evidence, r.basis AS basis`);
    expect(rows).toEqual([{ evidence: [], basis: expect.stringContaining('Mariupol') }]);
  });
});
