import { cypherFile } from '../../neo4j/cypherFiles';
import { anyNode } from '../../query/projections';
import type { Resolvers } from '../generated/types';
import type { NodeRow } from '../rows';
import { selects } from '../selection';

const EVENT_LABELS = new Set(['Negotiation', 'Agreement', 'Release']);
const OWN_TYPES = new Set(['Exchange', 'Statement', 'Figure', 'Article', 'Evidence']);

/** The GraphQL type of a projected node, from its label. */
export function typeOf(row: { label?: string }): 'Exchange' | 'Statement' | 'Figure' | 'Article' | 'Evidence' | 'Event' | 'Actor' {
  const label = row.label ?? 'Evidence';
  if (OWN_TYPES.has(label)) return label as 'Exchange';
  return EVENT_LABELS.has(label) ? 'Event' : 'Actor';
}

const NODE_BY_ID = `MATCH (n:Node {id: $id}) RETURN ${anyNode('n')} AS node`;

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_root, { id }, { db }, info) => {
      const [row] = await db.read(NODE_BY_ID, { id, withText: selects(info, 'Article', 'text') });
      return (row?.node as NodeRow | undefined) ?? null;
    },
    database: async (_root, _args, { db }) => {
      const [row] = await db.read(cypherFile('api/database-info.cypher'));
      return row as { name: string; version: string; edition: string };
    },
  },
  Node: { __resolveType: (row) => typeOf(row as { label?: string }) },
  Entity: { __resolveType: (row) => typeOf(row as { label?: string }) as 'Exchange' | 'Event' | 'Actor' },
  DatePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year', UNKNOWN: 'unknown' },
  ClaimFlag: { INCONSISTENT: 'inconsistent', UNVERIFIED: 'unverified', AMBIGUOUS: 'ambiguous' },
};
