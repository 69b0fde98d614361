import { boundedText } from '../../query/fulltext';
import { CURATED } from '../../query/provenance';
import { resolveName } from '../../query/resolve';
import { anyNode } from '../../query/select/fields';
import { selectionOf } from '../../query/select/selection';
import { Names, Var, render } from '../../query/select/tree';
import type { Actor, Resolvers } from '../generated/types';

export const entityResolvers: Resolvers = {
  Query: {
    /**
     * The entity or event a name, alias or date names, as every name filter
     * resolves it (src/query/resolve.ts), projected as the client selected.
     * A date naming several events names none of them: the candidates come
     * back for the warning.
     */
    entity: async (_root, { name, curatedOnly }, { db, warnings }, info) => {
      const n = new Var('n');
      const selection = selectionOf(info).onlyCurated(curatedOnly);
      const curated = selection.curatedOnly ? ` AND ${CURATED('named')}` : '';
      // Only entities and events: an article or a claim is reached by `node(id)`, not by name.
      const cypher = `${resolveName('name', 'named')}
WITH CASE WHEN (named:Entity OR named:Event)${curated} THEN named END AS entity, namedCandidates AS entityCandidates
RETURN CASE WHEN entity IS NOT NULL THEN ${render(anyNode(n, selection, 'Entity'), new Names().bind(n, 'entity'))} END AS entity,
       [c IN entityCandidates | c.name] AS candidates`;
      const [row] = await db.read(cypher, { name: boundedText(name, 'name') });
      const candidates = row.candidates as string[];
      if (candidates.length > 0) {
        warnings.push(`"${name}" names ${candidates.length} events (${candidates.join('; ')}): ask for one by its name.`);
      }
      // The projection follows the selection: its shape is the type `typeOf` reads from its label.
      return (row.entity as Actor | null) ?? null;
    },
  },
};
