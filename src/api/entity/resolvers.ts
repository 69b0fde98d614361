import { entity, exchange } from '../../query/projections';
import { boundedText } from '../../query/fulltext';
import { resolveName } from '../../query/resolve';
import type { Resolvers } from '../generated/types';
import type { EntityRow, ExchangeRow } from '../rows';
import { linksOf, otherLinks } from '../links';
import { selects } from '../selection';

/**
 * The entity or event a name, alias or date names (src/query/resolve.ts),
 * in the shape of its kind; a date naming several events names none of
 * them, and the candidates come back for the warning.
 */
const ENTITY_BY_NAME = `
${resolveName('name', 'named')}
WITH CASE WHEN named:Entity OR named:Event THEN named END AS n, namedCandidates
RETURN CASE WHEN n IS NULL THEN null WHEN n:Exchange THEN ${exchange('n')} ELSE ${entity('n')} END AS entity,
       [c IN namedCandidates | c.name] AS candidates`;

export const entityResolvers: Resolvers = {
  Query: {
    entity: async (_root, { name }, { db, warnings }, info) => {
      const [row] = await db.read(ENTITY_BY_NAME, { name: boundedText(name, 'name'), withText: selects(info, 'Article', 'text') });
      const candidates = row.candidates as string[];
      if (candidates.length > 0) {
        warnings.push(`"${name}" names ${candidates.length} events (${candidates.join('; ')}): ask for one by its name.`);
      }
      return (row.entity as EntityRow | ExchangeRow | null) ?? null;
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
