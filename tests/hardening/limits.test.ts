import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Lexer, Source, TokenKind } from 'graphql';
import { requestContext } from '../../src/api/context';
import { formatErrorFor } from '../../src/api/errors';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../src/api/limitSettings';
import type { Database } from '../../src/neo4j/database';
import { failureOf } from '../../src/neo4j/failures';
import { seededDatabase } from '../support/graph';
import { type HardenedApi, firstError, startHardenedApi } from './http';

/** Tokens as graphql-js's parser counts them (everything but <SOF> and <EOF>). */
function tokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** A query nested `depth` fields deep, through real types of the schema. */
const DEPTH_8 = '{ exchanges(first: 1) { edges { node { agreement { negotiation { places { evidence { quote } } } } } } } }';
const DEPTH_9 = '{ exchanges(first: 1) { edges { node { agreement { negotiation { places { evidence { article { id } } } } } } } } }';
const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: database { name }`).join(' ')} }`;

describe('query limits, each named with its value when it refuses', () => {
  let db: Database;
  let api: HardenedApi;
  beforeAll(async () => {
    db = await seededDatabase();
    api = await startHardenedApi(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('depth: 8 levels pass, 9 are refused naming the limit of 8', async () => {
    const inside = await api.gql(DEPTH_8);
    expect(inside.status).toBe(200);
    expect(inside.json.errors).toBeUndefined();
    const over = await api.gql(DEPTH_9);
    expect(over.status).toBe(400);
    expect(firstError(over)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth', max: 8, found: 9 } });
    expect(firstError(over).message).toMatch(/depth limit of 8 exceeded, found 9 \(GRAPHQL_MAX_DEPTH\)/);
    expect(over.json.data).toBeUndefined();
  });

  it('depth: inline fragments pick a type and do not count as a level', async () => {
    const reply = await api.gql(
      '{ exchanges(first: 1) { edges { node { ... on Exchange { agreement { ... on Agreement { negotiation { places { evidence { quote } } } } } } } } } }',
    );
    expect(reply.json.errors).toBeUndefined();
  });

  it('aliases: 15 pass, 16 are refused naming the limit of 15', async () => {
    const inside = await api.gql(aliases(15));
    expect(inside.json.errors).toBeUndefined();
    expect(Object.keys(inside.json.data)).toHaveLength(15);
    const over = await api.gql(aliases(16));
    expect(over.status).toBe(400);
    expect(firstError(over)).toMatchObject({ limit: { name: 'aliases', max: 15, found: 16 } });
    expect(firstError(over).message).toMatch(/Aliases limit of 15 exceeded, found 16 \(GRAPHQL_MAX_ALIASES\)/);
  });

  it('tokens: a document of 2,000 tokens passes, one of 2,001 is refused naming the limit', async () => {
    // A long list argument: many tokens, no other limit nearby.
    const query = (n: number): string => `{ neighbourhood(id: "exchange-uae-2024", types: [${'"Exchange" '.repeat(n)}]) { truncated } }`;
    const base = tokens(query(0));
    const atLimit = query(2_000 - base);
    expect(tokens(atLimit)).toBe(2_000);
    const inside = await api.gql(atLimit);
    expect(inside.status).toBe(200);
    expect(inside.json.errors).toBeUndefined();

    const over = await api.gql(query(2_001 - base));
    expect(over.status).toBe(400);
    expect(firstError(over)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: { name: 'tokens', max: 2_000 } });
    expect(firstError(over).message).toMatch(/Token limit of 2000 exceeded.*GRAPHQL_MAX_TOKENS/);
  });

  it('reports the cost of every operation in extensions.cost', async () => {
    const reply = await api.gql('{ exchanges(first: 10) { edges { node { id } } } }');
    // 10 exchanges × (the connection, an edge, a node) = 30.
    expect(reply.json.extensions.cost).toBe(30);
    const plain = await api.gql('{ database { name } }');
    expect(plain.json.extensions.cost).toBe(1);
  });

  it('cost: a budget of 300 lets a 300 operation through and refuses 301, naming both', async () => {
    const small = await startHardenedApi(db, { limits: { maxCost: 300 } });
    try {
      const inside = await small.gql('{ exchanges(first: 100) { edges { node { id } } } }');
      expect(inside.json.errors).toBeUndefined();
      expect(inside.json.extensions.cost).toBe(300);
      const over = await small.gql('{ exchanges(first: 100) { edges { node { id } } } database { name } }');
      expect(over.status).toBe(400);
      expect(firstError(over)).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: { name: 'cost', max: 300, found: 301 } });
      expect(firstError(over).message).toMatch(/Cost limit of 300 exceeded, found 301 \(GRAPHQL_MAX_COST\)/);
      expect(over.json.extensions.cost).toBe(301);
    } finally {
      await small.close();
    }
  });

  it('cost: the default budget refuses 15 aliased pages of nested lists, counting `first` from variables', async () => {
    const field = (i: number): string => `a${i}: exchanges(first: $n) { edges { node { figures { evidence { article { id } } } statements { evidence { quote } } } } }`;
    const query = `query ($n: Int) { ${Array.from({ length: 15 }, (_, i) => field(i)).join(' ')} }`;
    const cheap = await api.gql(query, { n: 1 });
    expect(cheap.json.errors).toBeUndefined();
    const dear = await api.gql(query, { n: 100 });
    expect(firstError(dear)).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: { name: 'cost', max: DEFAULT_LIMITS.maxCost } });
    expect(dear.json.data).toBeUndefined();
  });

  it('body size: exactly 100 kB is read, one byte more is a JSON 413 naming the limit', async () => {
    const body = (size: number): string => {
      const shell = JSON.stringify({ query: '{ database { name } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ database { name } }', variables: { pad: 'x'.repeat(size - shell.length) } });
    };
    const post = (text: string) => api.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    expect(Buffer.byteLength(body(102_400))).toBe(102_400);
    const inside = await post(body(102_400));
    expect(inside.status).toBe(200);
    expect(inside.json.data.database.name).toBeTruthy();

    const over = await post(body(102_401));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/application\/json/);
    expect(firstError(over)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: { name: 'bodySize', max: 102_400 } });
    expect(firstError(over).message).toMatch(/Request body limit of 102400 bytes exceeded \(GRAPHQL_MAX_BODY_BYTES\)/);
    expect(over.text).not.toMatch(/<html|at .*\.js:\d+/i);
  });

  it('timeout: Neo4j stops a slow read of a request at the operation time limit, and the client hears TIMEOUT', async () => {
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 1_000 };
    // The context every resolver gets, built as the API builds it.
    const context = requestContext(db, { access: { admin: false, read: true }, timeoutMs: limits.timeoutMs });
    const began = Date.now();
    const error = await context.db
      .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n')
      .then(() => undefined, (e: unknown) => e as Error & { code?: string });
    const elapsed = Date.now() - began;
    // Whichever clock reports first, Neo4j's transaction timeout or the API's own deadline a second later.
    expect(failureOf(error)).toBe('timeout');
    expect(elapsed).toBeLessThan(1_000 + 1_000 + 4_000);
    // Neo4j stopped the work too (it checks transaction timeouts every 2 s or so): the query is gone.
    const running = async (): Promise<number> =>
      (await db.read('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n', { marker: '2000000000' }))[0]
        .n as number;
    const stopBy = Date.now() + 20_000;
    while ((await running()) > 0 && Date.now() < stopBy) await new Promise((r) => setTimeout(r, 250));
    expect(await running()).toBe(0);
    const formatted = formatErrorFor(limits)({ message: error!.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toMatchObject({ extensions: { code: 'TIMEOUT', limit: { name: 'timeout', max: 1_000 } } });
    expect(formatted.message).toMatch(/Time limit of 1000 ms exceeded \(GRAPHQL_TIMEOUT_MS\)/);

    // Once the time is spent, a further read of the operation is refused without reaching Neo4j.
    const roundTrips = context.stats.roundTrips;
    const late = await context.db.read('RETURN 1 AS one').then(() => undefined, (e: unknown) => e);
    expect(formatErrorFor(limits)({ message: 'x' }, late).extensions?.code).toBe('TIMEOUT');
    expect(context.stats.roundTrips).toBe(roundTrips);
  }, 40_000);

  it('field suggestions: shown by default, hidden with NODE_ENV=production', async () => {
    expect(limitsFromEnv({ NODE_ENV: 'production' }).fieldSuggestions).toBe(false);
    expect(limitsFromEnv({}).fieldSuggestions).toBe(true);
    const typo = '{ exchanges(first: 1) { totalCont } }';
    expect(firstError(await api.gql(typo)).message).toMatch(/Did you mean "totalCount"/);
    const production = await startHardenedApi(db, { limits: limitsFromEnv({ NODE_ENV: 'production' }) });
    try {
      const reply = await production.gql(typo);
      expect(reply.status).toBe(400);
      expect(firstError(reply).message).toMatch(/Cannot query field "totalCont"/);
      expect(firstError(reply).message).not.toMatch(/Did you mean|totalCount/);
    } finally {
      await production.close();
    }
  });

  it('introspection: on by default, off with GRAPHQL_INTROSPECTION=false', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await api.gql(query)).json.data.__schema.queryType.name).toBe('Query');
    const closed = await startHardenedApi(db, { limits: limitsFromEnv({ GRAPHQL_INTROSPECTION: 'false' }) });
    try {
      const reply = await closed.gql(query);
      expect(reply.status).toBe(400);
      expect(firstError(reply).message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
  });

  it('CSRF prevention stays on: a simple cross-site request is refused', async () => {
    const form = await api.request('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ database { name } }"}' });
    expect(form.status).toBe(400);
    expect(form.text).toMatch(/Cross-Site Request Forgery/);
    const get = await api.request(`/graphql?query=${encodeURIComponent('{ database { name } }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(400);
    expect(get.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('reads every limit from the environment, refusing values that make no sense', () => {
    const limits = limitsFromEnv({
      GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_TOKENS: '500', GRAPHQL_MAX_COST: '1000',
      GRAPHQL_LIST_COST: '4', GRAPHQL_MAX_BODY_BYTES: '2048', GRAPHQL_TIMEOUT_MS: '2500',
    });
    expect(limits).toMatchObject({ maxDepth: 5, maxAliases: 3, maxTokens: 500, maxCost: 1000, listCost: 4, maxBodyBytes: 2048, timeoutMs: 2500 });
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(() => limitsFromEnv({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => limitsFromEnv({ GRAPHQL_TIMEOUT_MS: '0' })).toThrow(/GRAPHQL_TIMEOUT_MS/);
    expect(() => limitsFromEnv({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });
});
