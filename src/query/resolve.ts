/**
 * Resolves a name parameter to a node: by any alias (case and diacritics
 * ignored, see src/facts/aliases.ts) or by id. Binds `variable`, null when
 * nothing is called so.
 */
export const resolveName = (param: string, variable: string): string =>
  `CALL () {
     OPTIONAL MATCH (:Alias {key: toLower(trim($${param}))})-[:NAMES]->(byAlias)
     OPTIONAL MATCH (byId:Node {id: $${param}})
     RETURN coalesce(byAlias, byId) AS ${variable}
   }`;
