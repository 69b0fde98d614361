import { describe, expect, it } from '@jest/globals';
import { SEEDS_DIR } from '../../src/config';
import { type Facts, readFacts } from '../../src/facts/facts';
import { quotesByFact, unstatedFacts } from '../../src/facts/quotes';

/** Every quote must state the fact it backs, or the fact says that the link is the curator's reading. */
describe('the quotes behind each fact', () => {
  const facts = readFacts(SEEDS_DIR);

  it('are listed for every relationship and every node with evidence', () => {
    const listed = quotesByFact(facts);
    expect(listed.length).toBe(facts.relationships.length + facts.nodes.filter((n) => n.evidence.length > 0).length);
    const peskov = listed.find((f) => f.fact === 'st-peskov-laborious-process>ABOUT>exchange-1000-for-1000');
    expect(peskov).toEqual({
      fact: 'st-peskov-laborious-process>ABOUT>exchange-1000-for-1000',
      basis: expect.stringContaining("curator's reading"),
      quotes: [{ article: '003_d9990e0c69552160', quote: 'The swap, described as a “laborious process” by Kremlin spokesman Dmitry Peskov' }],
    });
  });

  it('of the seeds hold each figure\'s number and name each speaker and side, or carry a basis', () => {
    expect(unstatedFacts(facts)).toEqual([]);
  });

  /** The seeds with one relationship's or node's evidence replaced by another quote's. */
  const withEvidence = (fact: string, quoteOf: string): Facts => {
    const other = facts.evidence.find((e) => e.quote === quoteOf)!.id;
    return {
      ...facts,
      nodes: facts.nodes.map((n) => (n.id === fact ? { ...n, evidence: [other] } : n)),
      relationships: facts.relationships.map((r) => (r.id === fact ? { ...r, props: { ...r.props, evidence: [other] } } : r)),
    };
  };

  it.each([
    ['fig-004-230-to-ukraine', 'Russia stated that 248 of its prisoners were released', 'fig-004-230-to-ukraine: no quote holds 230'],
    [
      'st-moskalkova-75-handed-back>STATED_BY>moskalkova',
      '75 Russian prisoners were handed back without an exchange',
      'st-moskalkova-75-handed-back>STATED_BY>moskalkova: no quote names Tatyana Moskalkova',
    ],
    [
      'fig-000-25-to-ukraine>RELEASED_BY>russia',
      'including several soldiers renowned for their defense of Mariupol',
      'fig-000-25-to-ukraine>RELEASED_BY>russia: no quote names Russia',
    ],
  ])('finds %s resting on a quote that does not state it', (fact, quote, problem) => {
    expect(unstatedFacts(withEvidence(fact, quote))).toEqual([problem]);
  });
});
