import { ApolloServer } from '@apollo/server';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { requestContext } from '../api/context';
import { resolvers } from '../api/resolvers';
import { typeDefs } from '../api/schema';
import { Database } from '../neo4j/database';
import type { Request } from './operations';

/** A statement exactly as the API sent it: its Cypher and its parameters, already in driver types. */
export interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** The driver, with every statement run in a read transaction also handed to `sink`. */
function recording(driver: Driver, sink: Sent[]): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (target, key) =>
        key === 'run'
          ? (cypher: string, params: Record<string, unknown>) => {
              sink.push({ cypher, params });
              return target.run(cypher, params);
            }
          : Reflect.get(target, key),
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get: (target, key) =>
        key === 'executeRead'
          ? (work: (tx: ManagedTransaction) => unknown, config?: object) => target.executeRead((tx) => work(wrapTx(tx)), config)
          : Reflect.get(target, key).bind(target),
    });
  return new Proxy(driver, {
    get: (target, key) =>
      key === 'session' ? (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args)) : Reflect.get(target, key),
  });
}

/**
 * Runs each request once through this API's own schema and resolvers and
 * records the Cypher they send: the floor replays exactly that, so it stays
 * the API's Cypher whatever the query builders become.
 */
export async function captureCypher(driver: Driver, database: string | undefined, requests: Request[]): Promise<Sent[][]> {
  const apollo = new ApolloServer({ typeDefs: typeDefs(), resolvers });
  await apollo.start();
  try {
    const captured: Sent[][] = [];
    for (const request of requests) {
      const sent: Sent[] = [];
      const db = new Database(recording(driver, sent), database);
      const response = await apollo.executeOperation(request, {
        contextValue: requestContext(db, { access: { admin: false, read: true }, timeoutMs: 60_000 }),
      });
      // A read that runs out of time was still sent as it is: the floor replays it all the same.
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      if (sent.length === 0) throw new Error(`The API sent no Cypher for a benchmark operation: ${JSON.stringify(body?.errors)}`);
      captured.push(sent);
    }
    return captured;
  } finally {
    await apollo.stop();
  }
}
