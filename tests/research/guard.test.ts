import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { type Api, startApi } from '../../src/api/server';
import type { Database } from '../../src/neo4j/database';
import { ResearchError } from '../../src/research/errors';
import { MAX_PARAM_DEPTH } from '../../src/research/params';
import { refuseWrites } from '../../src/research/readOnlyGuard';
import { withEnv } from '../support/env';
import { fingerprint, useSeededDatabase } from '../support/graph';

/**
 * The two layers of the read-only /cypher, each on its own, so that
 * weakening either fails here: Neo4j's READ transaction without the guard,
 * and the guard inside a WRITE transaction (where Neo4j would let anything
 * through). Then what the guard must refuse although nothing is written:
 * commands that read other users' queries or the server's settings.
 */

const LEAKS: [string, string][] = [
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS YIELD currentQuery, parameters'],
  ['SHOW SETTINGS', 'SHOW SETTINGS'],
  ['SHOW PROCEDURES', 'SHOW PROCEDURES'],
  ['SHOW INDEXES', 'SHOW INDEXES'],
  ['CALL dbms.listConfig', 'CALL dbms.listConfig()'],
  ['CALL db.info', 'CALL db.info()'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
];

const WRITES_WITH_RETURN: [string, string][] = [
  ['CREATE … RETURN', "CREATE (n:Intruder {id: 'intruder'}) RETURN n.id AS id"],
  ['MERGE … RETURN', "MERGE (n:Intruder {id: 'intruder'}) RETURN n.id AS id"],
  ['SET … RETURN', "MATCH (n:State {id: 'uae'}) SET n.name = 'Changed' RETURN n.name AS name"],
  ['DELETE … RETURN', "MATCH (n:State {id: 'uae'}) DETACH DELETE n RETURN count(*) AS deleted"],
  ['CALL db.createLabel', "CALL db.createLabel('Intruder') RETURN 1 AS one"],
];

const KEY = 'guard-test-research-key';

/** What POST /cypher answers, as far as these tests read it. */
type CypherReply = { error?: { code: string; message: string }; truncated?: boolean; truncatedBy?: string; rowCount?: number };

describe('the read-only guard of /cypher, layer by layer', () => {
  const seeded = useSeededDatabase();
  let db: Database;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    ({ db } = seeded);
    before = await fingerprint(db);
  });

  it.each(WRITES_WITH_RETURN)('Neo4j alone: a READ transaction refuses %s (no guard involved)', async (_name, query) => {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
    try {
      const error = await session.executeRead((tx) => tx.run(query)).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jError);
      expect((error as Neo4jError).code).toMatch(/AccessMode|ProcedureCallFailed|Forbidden/);
    } finally {
      await session.close();
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it.each([...WRITES_WITH_RETURN, ...LEAKS])('the guard alone: inside a WRITE transaction it refuses %s before it runs', async (_name, query) => {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      const error = await session.executeWrite((tx) => refuseWrites(tx, query, {})).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ResearchError);
      expect((error as ResearchError).code).toBe('WRITE_REFUSED');
    } finally {
      await session.close();
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it('the guard lets read queries and the listed procedures through', async () => {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const query of [
        "MATCH (n:State {id: 'uae'}) RETURN n.name AS name",
        '// a comment first\nCYPHER runtime=slotted MATCH (n) RETURN count(n) AS n',
        'CALL db.labels() YIELD label RETURN label',
        "CALL db.index.fulltext.queryNodes('entity_names', 'Emirates') YIELD node RETURN node.id AS id LIMIT 1",
        'UNWIND [1, 2] AS i RETURN i',
      ]) {
        await expect(session.executeWrite((tx) => refuseWrites(tx, query, {}))).resolves.toBeUndefined();
      }
    } finally {
      await session.close();
    }
  });

  describe('POST /cypher', () => {
    let api: Api;
    let base: string;
    const post = async (body: unknown): Promise<{ status: number; json: CypherReply; headers: Headers }> => {
      const response = await fetch(`${base}/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json().catch(() => ({}))) as CypherReply, headers: response.headers };
    };
    beforeAll(async () => {
      api = await withEnv({ RESEARCH_API_KEY: KEY, RESEARCH_CYPHER_MAX_BYTES: String(64 * 1024) }, () => startApi(db, '127.0.0.1', 0));
      base = api.url.replace(/\/graphql$/, '');
    });
    afterAll(() => api.close());

    it.each(LEAKS)('refuses %s: 403, nothing about other users or the server', async (_name, query) => {
      const { status, json } = await post({ query });
      expect(status).toBe(403);
      expect(json.error?.code).toBe('WRITE_REFUSED');
      expect(JSON.stringify(json)).not.toMatch(/currentQuery|server\.|dbms\.memory/);
    });

    it('cuts the answer at the byte cap and says which cap cut it', async () => {
      const { status, json } = await post({ query: "UNWIND range(1, 100) AS i RETURN i, reduce(s = 'x', k IN range(1, 12) | s + s) AS big" });
      expect(status).toBe(200);
      expect(json.truncated).toBe(true);
      expect(json.truncatedBy).toBe('bytes');
      // 4 KB strings under a 64 KB cap: 15 rows fit, the 16th does not.
      expect(json.rowCount).toBe(15);
    });

    it(`refuses params nested deeper than ${MAX_PARAM_DEPTH} levels with 400, and takes them at the limit`, async () => {
      const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const deep = await post(`{"query":"RETURN size($p) AS n","params":{"p":${nested(10_000)}}}`);
      expect(deep.status).toBe(400);
      expect(deep.json.error).toEqual({ code: 'BAD_REQUEST', message: `"params" nests lists and maps more than ${MAX_PARAM_DEPTH} levels deep.` });
      const atLimit = await post(`{"query":"RETURN size($p) AS n","params":{"p":${nested(MAX_PARAM_DEPTH)}}}`);
      expect(atLimit.status).toBe(200);
      const over = await post(`{"query":"RETURN size($p) AS n","params":{"p":${nested(MAX_PARAM_DEPTH + 1)}}}`);
      expect(over.status).toBe(400);
    });
  });
});
