/** What the base queries return from Cypher, before resolvers shape it. */
export interface DatabaseInfoRow {
  name: string;
  version: string;
  edition: string;
}
