import { ref } from '../../query/projections';
import { boundedText, fullTextQuery } from '../../query/fulltext';
import { pageSize } from '../../query/paging';
import { resolveName } from '../../query/resolve';
import { anyNode } from '../../query/select/fields';
import { selectionOf } from '../../query/select/selection';
import { Names, Var, render } from '../../query/select/tree';
import type { Actor, NodeRef, Resolvers } from '../generated/types';

/**
 * The node an alias names exactly first ("UAE", "Zelensky"), then names,
 * claims and articles through their full-text indexes, best first.
 */
const SEARCH = `
CALL () {
  MATCH (:Alias {key: toLower(trim($text))})-[:NAMES]->(node:Node)
  RETURN node, 1.0e9 AS score, 'name' AS matchedIn
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
  RETURN node, score, 'name' AS matchedIn
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $first}) YIELD node, score
  RETURN node, score, 'claim' AS matchedIn
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $first}) YIELD node, score
  RETURN node, score, 'article' AS matchedIn
}
WITH node, max(score) AS score, collect(matchedIn)[0] AS matchedIn
ORDER BY score DESC, node.id LIMIT $first
RETURN ${ref('node')} AS node, score, matchedIn`;

export const entityResolvers: Resolvers = {
  Query: {
    // The name as every name filter resolves it (src/query/resolve.ts), then what the client selected.
    entity: async (_root, { name }, { db }, info) => {
      const n = new Var('n');
      const cypher = `${resolveName('name', 'entity')}
WITH entity WHERE entity IS NOT NULL
RETURN ${render(anyNode(n, selectionOf(info), 'Entity'), new Names().bind(n, 'entity'))} AS entity`;
      const [row] = await db.read(cypher, { name: boundedText(name, 'name') });
      // The projection follows the selection: its shape is the type `typeOf` reads from its label.
      return (row?.entity as Actor | undefined) ?? null;
    },
    search: async (_root, { text, first }, { db }) => {
      const rows = await db.read(SEARCH, { text, query: fullTextQuery(text), first: pageSize(first) });
      return rows.map((r) => ({ node: r.node as NodeRef, score: r.score as number, matchedIn: r.matchedIn as string }));
    },
  },
};
