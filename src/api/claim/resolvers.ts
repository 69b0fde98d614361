import type { Params } from '../../neo4j/database';
import { decodeCursor, encodeCursor, pageSize } from '../../query/paging';
import { boundedText } from '../../query/fulltext';
import { statement } from '../../query/projections';
import { resolveName } from '../../query/resolve';
import type { Resolvers } from '../generated/types';
import { connection, warnUnresolved } from '../connection';
import type { StatementRow } from '../rows';
import { targetsOf } from '../links';
import { selects } from '../selection';

const ORDER = 'ID';

/**
 * Statements by a speaker (or a body part of it) and/or about a subject (or
 * what it is a phase of); `given` lists the name arguments in the order of
 * the query's `unresolved` flags.
 */
function statementsQuery(by: string | null | undefined, about: string | null | undefined): { cypher: string; given: [string, string][] } {
  const given = ([['by', by], ['about', about]] as [string, string | null | undefined][]).filter(
    (pair): pair is [string, string] => pair[1] != null,
  );
  const names = [...(by != null ? ['speaker'] : []), ...(about != null ? ['subject'] : [])];
  const scope = names.join(', ');
  const match = [
    'MATCH (s:Statement)',
    ...(by != null ? ['WHERE EXISTS { (s)-[:STATED_BY]->(:Node)-[:PART_OF*0..2]->(speaker) }'] : []),
    ...(about != null ? [`${by != null ? 'AND' : 'WHERE'} EXISTS { (s)-[:ABOUT]->(:Node)<-[:PHASE_OF*0..3]-(subject) }`] : []),
  ].join('\n  ');
  const cypher = `${by != null ? resolveName('by', 'speaker') : ''}
${about != null ? resolveName('about', 'subject') : ''}
CALL (${scope}) { ${match} RETURN count(s) AS totalCount }
CALL (${scope}) {
  ${match}
  WITH s WHERE $after IS NULL OR s.id > $after
  ORDER BY s.id LIMIT $first + 1
  RETURN collect(${statement('s')}) AS page
}
RETURN totalCount, page, [${names.map((n) => `${n} IS NULL`).join(', ')}] AS unresolved`;
  return { cypher, given };
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
      const params: Params = { by: by && boundedText(by, 'by'), about: about && boundedText(about, 'about'), first: size, after: decodeCursor(ORDER, after), withText: selects(info, 'Article', 'text') };
      const { cypher, given } = statementsQuery(by, about);
      const [row] = await context.db.read(cypher, params);
      warnUnresolved(context, given, row.unresolved as boolean[]);
      return connection((row.page as StatementRow[]).map((node) => ({ node })), size, row.totalCount as number, ({ node }) =>
        encodeCursor(ORDER, node.id),
      );
    },
  },
};
