import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Api, startApi } from '../../src/api/server';
import type { Database } from '../../src/neo4j/database';
import { withEnv } from '../support/env';
import { fingerprint, seededDatabase } from '../support/graph';
import { runCli } from './support';

/** Every way a query could change the graph or the server; each must be refused. */
const WRITES: [string, string][] = [
  ['CREATE', "CREATE (:Intruder {id: 'intruder'})"],
  ['MERGE', "MERGE (:Intruder {id: 'intruder'})"],
  ['SET', "MATCH (n:State {id: 'uae'}) SET n.name = 'Changed'"],
  ['DELETE', 'MATCH ()-[r:MEDIATED_BY]->() DELETE r'],
  ['DETACH DELETE', "MATCH (n:State {id: 'uae'}) DETACH DELETE n"],
  ['REMOVE', "MATCH (n:State {id: 'uae'}) REMOVE n.description, n:Node"],
  ['FOREACH', 'FOREACH (i IN [1] | CREATE (:Intruder))'],
  // Reads a file of the database server (or a URL it can reach): never for remote callers.
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line"],
  ['CALL db.createLabel', "CALL db.createLabel('Intruder')"],
  // READ mode by its declaration, yet it changes the server's state.
  ['CALL db.stats.clear', "CALL db.stats.clear('QUERIES')"],
  ['CALL db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['CREATE INDEX', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT node_id IF EXISTS'],
  ['CALL { } IN TRANSACTIONS', 'MATCH (n:State) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 10 ROWS'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'"],
  ['PROFILE with a write', "PROFILE MATCH (n:State {id: 'uae'}) SET n.name = 'Changed'"],
  ['a write after a comment', "// harmless?\nCREATE (:Intruder {id: 'intruder'})"],
];

/** APOC's procedures commit on their own; the project's Neo4j has no APOC, so Neo4j refuses them as unknown. */
const APOC = "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'SET n.touched = true', {batchSize: 10})";

/** What POST /cypher answers: rows, or an error. */
interface CypherAnswer {
  columns?: string[];
  rows?: Record<string, unknown>[];
  rowCount?: number;
  truncated?: boolean;
  error?: { code: string; message: string };
}

const TIMEOUT_QUERY = 'UNWIND range(1, 100000000) AS i WITH i WHERE i = -1 RETURN count(*)';
const KEY = 'test-research-key-0123456789abcdef';

describe('read-only Cypher for researchers', () => {
  let db: Database;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    db = await seededDatabase();
    before = await fingerprint(db);
  });
  afterAll(() => db.close());

  describe('npm run cypher (without --write), as a child process', () => {
    it.each(WRITES)('refuses %s in one sentence, exit code 1, and leaves the graph unchanged', async (_name, query) => {
      const run = await runCli(['-e', query]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^Refused: this entry is read-only and .+\. Add --write to allow writes\.$/);
      expect(run.stdout).toBe('');
      expect(await fingerprint(db)).toEqual(before);
    });

    it('refuses APOC (or Neo4j does not know it) and leaves the graph unchanged', async () => {
      const run = await runCli(['-e', APOC]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^(Refused: this entry is read-only and apoc\.periodic\.iterate runs transactions of its own|Neo4j refused the query: There is no procedure with the name `apoc\.periodic\.iterate`)/);
      expect(await fingerprint(db)).toEqual(before);
    });

    it('stops a query that runs past --timeout with a clear error', async () => {
      const began = Date.now();
      const run = await runCli(['-e', TIMEOUT_QUERY, '--timeout', '1']);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('The query ran longer than 1 s and was stopped.');
      expect(Date.now() - began).toBeLessThan(30_000);
    });

    it('runs reads, and with --write runs writes (here one that undoes itself)', async () => {
      const read = await runCli(['-e', "MATCH (n:State {id: 'uae'}) RETURN n.name AS name", '--json']);
      expect(read.code).toBe(0);
      expect(JSON.parse(read.stdout)).toMatchObject({ columns: ['name'], rows: [{ name: 'United Arab Emirates' }], truncated: false });
      const write = await runCli(['-e', "CREATE (n:Intruder) WITH n DELETE n RETURN 'done' AS result", '--write']);
      expect(write.code).toBe(0);
      expect(write.stdout).toMatch(/nodes created: 1, nodes deleted: 1/);
      expect(await fingerprint(db)).toEqual(before);
    });
  });

  describe('POST /cypher', () => {
    let api: Api;
    let base: string;
    /** `key` null sends no Authorization header. */
    const post = async (body: unknown, key: string | null = KEY): Promise<{ status: number; json: CypherAnswer }> => {
      const response = await fetch(`${base}/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json().catch(() => ({}))) as CypherAnswer };
    };
    beforeAll(async () => {
      // The entry reads its settings when the API starts.
      api = await withEnv({ RESEARCH_API_KEY: KEY, RESEARCH_CYPHER_TIMEOUT_MS: '1500' }, () => startApi(db, '127.0.0.1', 0));
      base = api.url.replace(/\/graphql$/, '');
    });
    afterAll(() => api.close());

    it('answers a read with columns and rows', async () => {
      const { status, json } = await post({
        query: "MATCH (:Alias {key: toLower($name)})-[:NAMES]->(n) RETURN n.id AS id, n.name AS name",
        params: { name: 'UAE' },
      });
      expect(status).toBe(200);
      expect(json).toMatchObject({ columns: ['id', 'name'], rows: [{ id: 'uae', name: 'United Arab Emirates' }], rowCount: 1, truncated: false });
    });

    it('passes whole JSON numbers as integers (LIMIT takes them)', async () => {
      const { status, json } = await post({ query: 'UNWIND range(1, 10) AS i RETURN i LIMIT $n', params: { n: 3 } });
      expect(status).toBe(200);
      expect(json.rows).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    });

    it('cuts the answer at 1,000 rows and says so', async () => {
      const { status, json } = await post({ query: 'UNWIND range(1, 5000) AS i RETURN i' });
      expect(status).toBe(200);
      expect(json.rowCount).toBe(1000);
      expect(json.rows).toHaveLength(1000);
      expect(json.truncated).toBe(true);
    });

    it.each(WRITES)('refuses %s with 403 and a JSON error naming why, and leaves the graph unchanged', async (_name, query) => {
      const { status, json } = await post({ query });
      expect(status).toBe(403);
      expect(json.error?.code).toBe('WRITE_REFUSED');
      expect(json.error?.message).toMatch(/^Refused: this entry is read-only and .+\.$/);
      expect(await fingerprint(db)).toEqual(before);
    });

    it('refuses APOC (or Neo4j does not know it) and leaves the graph unchanged', async () => {
      const { status, json } = await post({ query: APOC });
      expect([400, 403]).toContain(status);
      expect(json.error?.code).toMatch(/^(WRITE_REFUSED|CYPHER_ERROR)$/);
      expect(await fingerprint(db)).toEqual(before);
    });

    it('stops a query that runs past the timeout with a clear error', async () => {
      const began = Date.now();
      const { status, json } = await post({ query: TIMEOUT_QUERY });
      expect(status).toBe(504);
      expect(json.error).toEqual({ code: 'TIMEOUT', message: 'The query ran longer than 1.5 s and was stopped.' });
      expect(Date.now() - began).toBeLessThan(20_000);
    });

    it('explains a syntax error, a missing parameter and a malformed body in one sentence', async () => {
      const syntax = await post({ query: 'MATC (n) RETURN n' });
      expect(syntax.status).toBe(400);
      expect(syntax.json.error).toEqual({ code: 'CYPHER_ERROR', message: "Cypher syntax error: unexpected 'MATC' at line 1, column 1." });
      const missing = await post({ query: 'RETURN $name AS name' });
      expect(missing.status).toBe(400);
      expect(missing.json.error).toEqual({ code: 'MISSING_PARAMETER', message: 'The query needs $name: add "name" to "params".' });
      const malformed = await post('{"query": ');
      expect(malformed.status).toBe(400);
      expect(malformed.json.error?.code).toBe('BAD_REQUEST');
      const noQuery = await post({ params: {} });
      expect(noQuery.status).toBe(400);
      expect(noQuery.json.error?.message).toBe('"query" must be a non-empty string of Cypher.');
    });

    it('is 401 without the key or with a wrong one, and runs nothing', async () => {
      for (const key of [null, 'wrong-key', `${KEY}x`, KEY.slice(0, -1)]) {
        const { status, json } = await post({ query: "CREATE (:Intruder {id: 'intruder'})" }, key);
        expect(status).toBe(401);
        expect(json.error?.code).toBe('UNAUTHORIZED');
      }
      expect(await fingerprint(db)).toEqual(before);
    });

    it('is off (404) when no research key is configured', async () => {
      const bare = await startApi(db, '127.0.0.1', 0);
      try {
        const response = await fetch(bare.url.replace(/\/graphql$/, '/cypher'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
          body: JSON.stringify({ query: 'RETURN 1 AS one' }),
        });
        expect(response.status).toBe(404);
      } finally {
        await bare.close();
      }
    });
  });
});
