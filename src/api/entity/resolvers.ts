import { entity, exchange, ref } from '../../query/projections';
import { boundedText, fullTextQuery } from '../../query/fulltext';
import { pageSize } from '../../query/paging';
import type { Resolvers } from '../generated/types';
import type { EntityRow, ExchangeRow, RefRow } from '../rows';
import { linksOf, otherLinks } from '../links';
import { selects } from '../selection';

/** Exact name or alias (case and diacritics ignored), then the node's shape by its kind. */
const ENTITY_BY_NAME = `
MATCH (:Alias {key: toLower(trim($name))})-[:NAMES]->(n)
RETURN CASE WHEN n:Exchange THEN ${exchange('n')} ELSE ${entity('n')} END AS entity`;

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
    entity: async (_root, { name }, { db }, info) => {
      const [row] = await db.read(ENTITY_BY_NAME, { name: boundedText(name, 'name'), withText: selects(info, 'Article', 'text') });
      return (row?.entity as EntityRow | ExchangeRow | undefined) ?? null;
    },
    search: async (_root, { text, first }, { db }) => {
      const rows = await db.read(SEARCH, { text, query: fullTextQuery(text), first: pageSize(first) });
      return rows.map((r) => ({ node: r.node as RefRow, score: r.score as number, matchedIn: r.matchedIn as string }));
    },
  },
  Actor: {
    roles: ({ links }) => linksOf(links, 'HOLDS_ROLE'),
    links: ({ links }) => otherLinks(links, ['HOLDS_ROLE']),
    statements: (row) => row.statementsBy,
    figures: (row) => row.figuresBy,
  },
  Event: {
    statements: (row) => row.statementsAbout,
    figures: (row) => row.figuresAbout,
  },
};
