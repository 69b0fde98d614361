import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../config';
import { createDriver } from '../neo4j/database';
import { PEER_TYPE_DEFS } from './peerSchema';

/**
 * The peer server: @neo4j/graphql 7.6.3 behind Apollo Server, on the same
 * Neo4j (NEO4J_URI) and the same driver settings as this API. PORT sets its port.
 */
async function main(): Promise<void> {
  const { external, api } = loadConfig();
  if (!external) throw new Error('The peer server needs NEO4J_URI.');
  const driver = createDriver(external);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { host: api.host, port: api.port } });
  console.log(`peer ready at ${url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
