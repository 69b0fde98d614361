import fs from 'node:fs';
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config';
import { createDriver } from '../neo4j/database';
import { plain } from '../neo4j/values';
import { captureCypher } from './capture';
import type { Request } from './operations';

const TIMEOUT_MS = 10_000;

/**
 * The floor: a bare node:http handler that runs, for `POST /<n>`, the Cypher
 * this API sends for the benchmark's n-th operation (recorded at start from
 * the API's own resolvers), in read transactions through neo4j-driver, and
 * returns the rows as JSON. No GraphQL, no framework, no logging: what is
 * left is the database and the driver. `GET /ready` answers once the
 * Cypher is recorded. Argument: a JSON file of the
 * operations' requests. NEO4J_URI, PORT.
 */
async function main(): Promise<void> {
  const { external, api } = loadConfig();
  if (!external) throw new Error('The floor server needs NEO4J_URI.');
  const requests = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Request[];
  const driver = createDriver(external);
  const statements = await captureCypher(driver, external.database, requests);

  const server = http.createServer((req, res) => {
    req.resume();
    if (req.url === '/ready') {
      res.writeHead(200).end();
      return;
    }
    const sent = statements[Number((req.url ?? '').slice(1))];
    if (req.method !== 'POST' || !sent) {
      res.writeHead(404).end();
      return;
    }
    const session = driver.session({ database: external.database, defaultAccessMode: neo4j.session.READ });
    (async () => {
      const out: unknown[] = [];
      for (const { cypher, params } of sent) {
        const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: TIMEOUT_MS });
        out.push(result.records.map((r) => plain(r.toObject())));
      }
      return out;
    })()
      .then((out) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: out })))
      .catch((error: Error) =>
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error.message }] })),
      )
      .finally(() => void session.close());
  });
  server.listen(api.port, api.host, () => console.log(`floor ready at http://${api.host}:${api.port}/`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
