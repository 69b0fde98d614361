import { describe, expect, it } from '@jest/globals';
import { useSeededApi } from '../support/api';

type Link = { type: string; outgoing: boolean; node: { id: string }; basis: string | null; evidence: { quote: string; article: { id: string } }[] };
type Mediator = { node: { id: string }; mediation: string; role: string | null; path: Link[] };
type Connection = {
  exchanges: {
    totalCount: number;
    edges: { node: { id: string; mediators: Mediator[] }; matchedBecause: { filter: string; mediation: string | null; summary: string; links: Link[] }[] }[];
  };
};

const QUERY = `query ($where: ExchangeWhere) {
  exchanges(where: $where, first: 5) {
    totalCount
    edges {
      node { id mediators { node { id } mediation role path { type outgoing node { id } basis evidence { quote article { id } } } } }
      matchedBecause { filter mediation summary links { type outgoing node { id } basis evidence { quote article { id } } } }
    }
  }
}`;

describe('mediation says how', () => {
  const seeded = useSeededApi();
  const ask = async (where: Record<string, unknown>) => {
    const response = await seeded.api.query<Connection>(QUERY, { where });
    expect(response.errors).toBeUndefined();
    return response.data!.exchanges;
  };
  const ids = (c: Connection['exchanges']) => c.edges.map((e) => e.node.id).sort();
  const TURKEY = ['exchange-1000-for-1000', 'exchange-2025-05-23', 'exchange-istanbul-under-25'];

  it('tells the UAE, which brokered 004, from Turkey, which hosted the Istanbul talks', async () => {
    const uae = await ask({ mediatedBy: 'UAE' });
    expect(uae.edges[0].matchedBecause[0]).toMatchObject({ filter: 'mediatedBy', mediation: 'DIRECT' });
    expect(uae.edges[0].node.mediators).toEqual([
      {
        node: { id: 'uae' },
        mediation: 'DIRECT',
        role: 'facilitator',
        path: [
          {
            type: 'MEDIATED_BY', outgoing: true, node: { id: 'uae' }, basis: null,
            evidence: [{ quote: 'This exchange, facilitated by officials from the United Arab Emirates', article: { id: '004_6e72fc995c898aae' } }],
          },
        ],
      },
    ]);
    const turkey = await ask({ mediatedBy: 'Turkey' });
    expect(ids(turkey)).toEqual(TURKEY);
    for (const edge of turkey.edges) {
      expect(edge.matchedBecause[0].mediation).toBe('HOSTED_TALKS');
      const host = edge.node.mediators.find((m) => m.node.id === 'turkey')!;
      expect(host).toMatchObject({ mediation: 'HOSTED_TALKS', role: 'host' });
      expect(host.path.map((l) => l.type).slice(-2)).toEqual(['TOOK_PLACE_IN', 'LOCATED_IN']);
    }
  });

  it('carries the evidence or the basis of every step of every explanation', async () => {
    for (const where of [{ mediatedBy: 'Turkey' }, { involves: 'Mariupol defenders' }, { mediatedBy: 'UAE', involves: 'Azovstal' }]) {
      const answer = await ask(where);
      expect(answer.totalCount).toBeGreaterThan(0);
      for (const edge of answer.edges) {
        for (const why of edge.matchedBecause) {
          expect(why.links.length).toBeGreaterThan(0);
          for (const link of why.links) expect(link.evidence.length > 0 || link.basis !== null).toBe(true);
        }
      }
    }
    const [istanbulLink] = (await ask({ mediatedBy: 'Turkey' })).edges[0].matchedBecause[0].links.filter((l) => l.type === 'LOCATED_IN');
    expect(istanbulLink.basis).toMatch(/Istanbul is a city in Turkey/);
  });

  it('reads an explanation from the exchange, with the named group\'s own tie where it goes through a place', async () => {
    const answer = await ask({ involves: 'Mariupol defenders' });
    const uae = answer.edges.find((e) => e.node.id === 'exchange-uae-2024')!;
    expect(uae.matchedBecause[0].summary).toMatch(/^.+ → INVOLVED → .+ → DEFENDED → Azovstal.* → LOCATED_IN → Mariupol ← DEFENDED ← Mariupol defenders$/);
    const tie = uae.matchedBecause[0].links.at(-1)!;
    expect(tie).toMatchObject({ type: 'DEFENDED', outgoing: false, node: { id: 'mariupol-defenders' } });
  });

  it('asks for one kind only with `mediation`', async () => {
    expect(ids(await ask({ mediatedBy: 'Turkey', mediation: 'HOSTED_TALKS' }))).toEqual(TURKEY);
    expect(ids(await ask({ mediatedBy: 'Turkey', mediation: 'DIRECT' }))).toEqual([]);
    expect(ids(await ask({ mediatedBy: 'UAE', mediation: 'DIRECT' }))).toEqual(['exchange-uae-2024']);
    expect(ids(await ask({ mediatedBy: 'UAE', mediation: 'HOSTED_TALKS' }))).toEqual([]);
    expect(ids(await ask({ mediatedBy: 'Turkey', mediation: 'ANY' }))).toEqual(TURKEY);
  });

  it('refuses a kind of mediation without a mediator, naming the argument', async () => {
    const response = await seeded.api.query('{ exchanges(where: {mediation: DIRECT}) { totalCount } }');
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0].message).toBe('"mediation: DIRECT" needs "mediatedBy": say whose mediation to look for');
  });

  it('intersects several name filters', async () => {
    expect(ids(await ask({ mediatedBy: 'Turkey', involves: 'civilians' }))).toEqual(['exchange-2025-05-23']);
    expect(ids(await ask({ involves: 'civilians', mediatedBy: 'Turkey' }))).toEqual(['exchange-2025-05-23']);
    expect(ids(await ask({ mediatedBy: 'UAE', involves: 'civilians' }))).toEqual([]);
  });
});
