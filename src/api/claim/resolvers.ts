import type { Params } from '../../neo4j/database';
import { decodeCursor, encodeCursor, pageSize } from '../../query/paging';
import { statement } from '../../query/projections';
import { resolveName } from '../../query/resolve';
import type { Resolvers } from '../generated/types';
import type { StatementRow } from '../rows';
import { targetsOf } from '../links';
import { selects } from '../selection';

const ORDER = 'ID';

/** Statements by a speaker (or a body part of it) and/or about a subject (or what it is a phase of). */
function statementsQuery(by: string | null | undefined, about: string | null | undefined): string {
  const names = [...(by != null ? ['speaker'] : []), ...(about != null ? ['subject'] : [])];
  const scope = names.join(', ');
  const match = [
    'MATCH (s:Statement)',
    ...(by != null ? ['WHERE EXISTS { (s)-[:STATED_BY]->(:Node)-[:PART_OF*0..2]->(speaker) }'] : []),
    ...(about != null ? [`${by != null ? 'AND' : 'WHERE'} EXISTS { (s)-[:ABOUT]->(:Node)<-[:PHASE_OF*0..3]-(subject) }`] : []),
  ].join('\n  ');
  return `${by != null ? resolveName('by', 'speaker') : ''}
${about != null ? resolveName('about', 'subject') : ''}
CALL (${scope}) { ${match} RETURN count(s) AS totalCount }
CALL (${scope}) {
  ${match}
  WITH s WHERE $after IS NULL OR s.id > $after
  ORDER BY s.id LIMIT $first + 1
  RETURN collect(${statement('s')}) AS page
}
RETURN totalCount, page, [${names.map((n) => `${n} IS NULL`).join(', ')}] AS unresolved`;
}

export const claimResolvers: Resolvers = {
  Statement: {
    statedBy: ({ targets }) => targetsOf(targets, 'STATED_BY'),
    about: ({ targets }) => targetsOf(targets, 'ABOUT'),
  },
  Figure: {
    statedBy: ({ targets }) => targetsOf(targets, 'STATED_BY'),
    about: ({ targets }) => targetsOf(targets, 'ABOUT'),
    returnedTo: ({ targets }) => targetsOf(targets, 'RETURNED_TO')[0] ?? null,
    releasedBy: ({ targets }) => targetsOf(targets, 'RELEASED_BY')[0] ?? null,
  },
  Query: {
    statements: async (_root, { by, about, first, after }, context, info) => {
      const size = pageSize(first);
      const params: Params = { by, about, first: size, after: decodeCursor(ORDER, after), withText: selects(info, 'Article', 'text') };
      const [row] = await context.db.read(statementsQuery(by, about), params);
      const given = [...(by != null ? [['by', by]] : []), ...(about != null ? [['about', about]] : [])];
      (row.unresolved as boolean[]).forEach((unknown, i) => {
        if (unknown) context.warnings.push(`No entity is called "${given[i][1]}" (${given[i][0]}): nothing can match it.`);
      });
      const page = row.page as StatementRow[];
      const edges = page.slice(0, size).map((node) => ({ cursor: encodeCursor(ORDER, node.id), node }));
      return {
        totalCount: row.totalCount as number,
        edges,
        pageInfo: { hasNextPage: page.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
};
