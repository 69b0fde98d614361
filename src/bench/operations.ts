/**
 * The benchmark's operations: what each asks this API, how the peer
 * (@neo4j/graphql) asks the same, and how to read the ids of an answer so
 * the two can be compared before anything is timed. To add an operation,
 * add an entry: the harness, the floor and the table pick it up.
 */

/** The graph's subjects the operations ask about, found once per graph size. */
export interface Subjects {
  mediator: { id: string; name: string };
  group: { id: string; name: string; place: string };
  exchange: string;
  speaker: { id: string; name: string };
  hub: string;
}

export interface Request {
  query: string;
  variables?: Record<string, unknown>;
}

type Ids = { id: string }[];
type Page = { totalCount: number; edges: { node: { id: string } }[] };
type Detail = { id: string; evidence: Ids; figures: Ids; statements: Ids };

/** The fields of this API's answers that the operations read (each answer holds one of them). */
export interface OurData {
  exchanges: Page;
  node: Detail | null;
  statements: Page;
  neighbourhood: { nodes: Ids };
  timeline: { period: string; exchanges: unknown[] }[];
}

/** The same for the peer's answers. */
export interface PeerData {
  exchangesConnection: Page;
  exchanges: Detail[];
  statementsConnection: Page;
}

export interface Operation {
  name: string;
  ours: Request;
  /** What an answer of ours must equal in the peer's (ids, counts, in order). */
  oursIds(data: OurData): unknown;
  peer: (Request & { ids(data: PeerData): unknown }) | { missing: string };
}

const eq = (id: string) => ({ id: { eq: id } });
const some = (where: object) => ({ some: where });

/** A place given by id, or one or two LOCATED_IN steps inside it (the depths the graphs hold). */
const inside = (id: string) => ({ OR: [eq(id), { locatedIn: some(eq(id)) }, { locatedIn: some({ locatedIn: some(eq(id)) }) }] });

const page = `totalCount edges { node { id name startDate } }`;
const pageIds = (connection: Page) => ({
  totalCount: connection.totalCount,
  ids: connection.edges.map((e) => e.node.id),
});
const byDate = [{ sortDate: 'ASC' }, { id: 'ASC' }];

export function operations(s: Subjects): Operation[] {
  const mediatedDirectly = { mediatedBy: some({ OR: [eq(s.mediator.id), { partOf: some(eq(s.mediator.id)) }] }) };
  const mediatedViaTalks = {
    under: some({ agreedAt: some({ OR: [{ mediatedBy: some(eq(s.mediator.id)) }, { tookPlaceIn: some(inside(s.mediator.id)) }] }) }),
  };
  const mediated = { OR: [mediatedDirectly, mediatedViaTalks] };
  return [
    {
      name: 'mediated by a state',
      ours: {
        query: `query ($name: String!) { exchanges(where: { mediatedBy: $name }, first: 20) { ${page} } }`,
        variables: { name: s.mediator.name },
      },
      oursIds: (d) => pageIds(d.exchanges),
      peer: {
        query: `query ($where: ExchangeWhere, $sort: [ExchangeSort!]) { exchangesConnection(where: $where, sort: $sort, first: 20) { ${page} } }`,
        variables: { where: { OR: [mediated, { phaseOf: some(mediated) }] }, sort: byDate },
        ids: (d) => pageIds(d.exchangesConnection),
      },
    },
    {
      name: 'involving a group (place hierarchy)',
      ours: {
        query: `query ($name: String!) { exchanges(where: { involves: $name }, first: 20) { ${page} } }`,
        variables: { name: s.group.name },
      },
      oursIds: (d) => pageIds(d.exchanges),
      peer: {
        query: `query ($where: ExchangeWhere, $sort: [ExchangeSort!]) { exchangesConnection(where: $where, sort: $sort, first: 20) { ${page} } }`,
        variables: {
          where: {
            involved: some({ OR: [eq(s.group.id), { partOf: some(eq(s.group.id)) }, { defended: some(inside(s.group.place)) }] }),
          },
          sort: byDate,
        },
        ids: (d) => pageIds(d.exchangesConnection),
      },
    },
    {
      name: 'one exchange in full, with evidence',
      ours: {
        query: `query ($id: ID!) { node(id: $id) { id ... on Exchange { name startDate
          evidence { id quote sentence article { id title } }
          mediators { role node { id name } } participants { node { id name } } involved { role node { id name } }
          figures { id value category returnedTo { id } statedBy { id name } evidence { id quote } }
          statements { id text statedBy { id name } evidence { id quote } } } } }`,
        variables: { id: s.exchange },
      },
      oursIds: (d) => detailIds(d.node),
      peer: {
        query: `query ($id: ID!) { exchanges(where: { id: { eq: $id } }) { id name startDate
          evidence { id quote sentence article { id title } }
          mediatedByConnection { edges { properties { role } node { id name } } } between { id name }
          involvedConnection { edges { properties { role } node { id name } } }
          figures { id value category returnedTo { id } statedBy { id name } evidence { id quote } }
          statements { id text statedBy { id name } evidence { id quote } } } }`,
        variables: { id: s.exchange },
        ids: (d) => detailIds(d.exchanges[0]),
      },
    },
    {
      name: 'claims by a speaker',
      ours: {
        query: `query ($name: String!) { statements(by: $name, first: 20) { totalCount edges { node { id text statedBy { id name } evidence { id quote } } } } }`,
        variables: { name: s.speaker.name },
      },
      oursIds: (d) => pageIds(d.statements),
      peer: {
        query: `query ($where: StatementWhere) { statementsConnection(where: $where, sort: [{ id: ASC }], first: 20) {
          totalCount edges { node { id text statedBy { id name } evidence { id quote } } } } }`,
        variables: { where: { statedBy: some({ OR: [eq(s.speaker.id), { partOf: some(eq(s.speaker.id)) }] }) } },
        ids: (d) => pageIds(d.statementsConnection),
      },
    },
    {
      name: 'neighbourhood, depth 2, 200 nodes',
      ours: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id label name } edges { id source target type } } }`,
        variables: { id: s.hub },
      },
      oursIds: (d) => d.neighbourhood.nodes.map((n: { id: string }) => n.id).sort(),
      peer: { missing: '@neo4j/graphql has no untyped, capped traversal; a @cypher field would run this API’s own Cypher' },
    },
    {
      name: 'timeline by year',
      ours: {
        query: `{ timeline(granularity: YEAR) { period exchanges { id } returned { side { id } mediator { id } people } } }`,
      },
      oursIds: (d) => d.timeline.map((p: { period: string; exchanges: unknown[] }) => [p.period, p.exchanges.length]),
      peer: { missing: '@neo4j/graphql cannot group by period or sum figures per side without a @cypher field' },
    },
  ];
}

/**
 * The root fields PROFILEd beside the timed operations (`npm run bench --
 * --profile`), so that every root field's plan is looked at, at every size.
 */
export function profiledOnly(s: Subjects): Pick<Operation, 'name' | 'ours'>[] {
  const exchanges = (where: string) => `{ exchanges(${where}first: 20) { ${page} } }`;
  return [
    { name: 'exchanges, no filter (by date)', ours: { query: exchanges('') } },
    { name: 'exchanges mediated via hosted talks (Turkey)', ours: { query: exchanges('where: { mediatedBy: "Turkey" }, ') } },
    { name: 'exchanges at a place (Istanbul)', ours: { query: exchanges('where: { place: "Istanbul" }, ') } },
    { name: 'exchanges in a date range', ours: { query: exchanges('where: { from: "2024-01-01", to: "2024-12-31" }, ') } },
    {
      name: 'figures stated by a state (its officials through their roles)',
      ours: { query: `{ figures(where: { statedBy: "Russia" }, first: 20) { totalCount edges { node { id value statedBy { id } } } } }` },
    },
    { name: 'entity by name', ours: { query: `query ($name: String!) { entity(name: $name) { id name } }`, variables: { name: s.mediator.name } } },
    { name: 'search', ours: { query: `{ search(text: "Azovstal", first: 20) { score node { id } } }` } },
    {
      name: 'path, avoiding hubs',
      ours: {
        query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, avoidHubs: true, k: 3) { paths { nodes } } }`,
        variables: { from: s.mediator.id, to: s.group.place },
      },
    },
  ];
}

function detailIds(x: Detail | null | undefined): unknown {
  if (!x) return null;
  const ids = (list: Ids) => list.map((i) => i.id).sort();
  return { id: x.id, evidence: ids(x.evidence), figures: ids(x.figures), statements: ids(x.statements) };
}
