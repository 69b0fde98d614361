import { cypherFile } from '../../neo4j/cypherFiles';
import { CURATED } from '../../query/provenance';
import { anyNode } from '../../query/select/fields';
import { selectionOf } from '../../query/select/selection';
import { Names, Var, render } from '../../query/select/tree';
import type { Actor, Resolvers } from '../generated/types';

const EVENT_LABELS = new Set(['Negotiation', 'Agreement', 'Release']);
const OWN_TYPES = new Set(['Exchange', 'Statement', 'Figure', 'Article', 'Evidence']);

/** The GraphQL type of a projected node, from its label (every projection of a node carries it). */
export function typeOf(row: { label?: string }): 'Exchange' | 'Statement' | 'Figure' | 'Article' | 'Evidence' | 'Event' | 'Actor' {
  const label = row.label ?? 'Evidence';
  if (OWN_TYPES.has(label)) return label as 'Exchange';
  return EVENT_LABELS.has(label) ? 'Event' : 'Actor';
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_root, { id, curatedOnly }, { db }, info) => {
      const n = new Var('n');
      const selection = selectionOf(info).onlyCurated(curatedOnly);
      const curated = selection.curatedOnly ? ` WHERE ${CURATED('node')}` : '';
      const cypher = `MATCH (node:Node {id: $id})${curated} RETURN ${render(anyNode(n, selection), new Names().bind(n, 'node'))} AS node`;
      const [row] = await db.read(cypher, { id });
      // The projection follows the selection: its shape is the type `typeOf` reads from its label.
      return (row?.node as Actor | undefined) ?? null;
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
  ReviewStatus: { CURATED: 'curated', EXTRACTED: 'extracted', SYNTHETIC: 'synthetic' },
};
