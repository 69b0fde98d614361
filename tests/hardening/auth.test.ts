import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphQLInputType, buildSchema, getNamedType, isCompositeType, isInputObjectType, isNonNullType } from 'graphql';
import { accessOf, credentialsFromEnv } from '../../src/api/auth';
import { typeDefs } from '../../src/api/schema';
import type { Database } from '../../src/neo4j/database';
import { fingerprint, seededDatabase } from '../support/graph';
import { type HardenedApi, firstError, startHardenedApi } from './http';

const ADMIN = 'admin-key-for-tests-0123456789';
const READ = 'read-key-for-tests-9876543210';

/** A valid literal of a required type: what passes validation, so that the credentials are what refuses it. */
function literalOf(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literalOf(f.type)}`).join(', ')} }`;
  }
  return named.name === 'Int' || named.name === 'Float' ? '1' : named.name === 'Boolean' ? 'true' : named.name === 'Date' ? '"2025-01-01"' : '"x"';
}

/** Every mutation of the schema, as the smallest operation that runs it (its required arguments given). */
function everyMutation(): string[] {
  const mutation = buildSchema(typeDefs().join('\n')).getMutationType();
  return Object.values(mutation?.getFields() ?? {}).map((field) => {
    const required = field.args.filter((a) => isNonNullType(a.type));
    const args = required.length ? `(${required.map((a) => `${a.name}: ${literalOf(a.type)}`).join(', ')})` : '';
    return `mutation { ${field.name}${args}${isCompositeType(getNamedType(field.type)) ? ' { __typename }' : ''} }`;
  });
}

const RELOAD = 'mutation { reloadSeeds { nodes relationships nodesAdded relationshipsAdded seeds { nodes } } }';

describe('writes behind the admin key, reads behind an optional key', () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  describe('with ADMIN_API_KEY set', () => {
    let api: HardenedApi;
    beforeAll(async () => {
      api = await startHardenedApi(db, { credentials: { adminKey: ADMIN } });
    });
    afterAll(async () => {
      await api.close();
    });

    it('has mutations to guard', () => {
      expect(everyMutation().length).toBeGreaterThan(0);
    });

    it.each([
      ['no credentials', {}],
      ['a wrong key', { authorization: `Bearer ${ADMIN}x` }],
      ['the key without "Bearer"', { authorization: ADMIN }],
      ['the key as Basic credentials', { authorization: `Basic ${ADMIN}` }],
      ['an empty bearer', { authorization: 'Bearer ' }],
    ])('refuses every mutation with %s: 401 UNAUTHENTICATED, nothing written', async (_name, headers: Record<string, string>) => {
      // A graph the reload would change: one seed alias gone.
      await db.write('MATCH (a:Alias) WITH a ORDER BY a.key LIMIT 1 DETACH DELETE a');
      const before = await fingerprint(db);
      for (const operation of everyMutation()) {
        const reply = await api.gql(operation, undefined, headers);
        expect(reply.status).toBe(401);
        expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(firstError(reply).code).toBe('UNAUTHENTICATED');
        expect(reply.json.data).toBeUndefined();
      }
      expect(await fingerprint(db)).toEqual(before);
    });

    it('runs reloadSeeds with the right key, restoring what was missing, and again changes nothing', async () => {
      await db.write('MATCH (a:Alias) WITH a ORDER BY a.key LIMIT 1 DETACH DELETE a');
      const damaged = await fingerprint(db);
      const auth = { authorization: `Bearer ${ADMIN}` };

      const first = await api.gql(RELOAD, undefined, auth);
      expect(first.status).toBe(200);
      expect(first.json.errors).toBeUndefined();
      const restored = await fingerprint(db);
      expect(restored.nodes).toBeGreaterThan(damaged.nodes);
      expect(first.json.data.reloadSeeds).toMatchObject({ nodes: restored.nodes, relationships: restored.relationships });
      expect(first.json.data.reloadSeeds.nodesAdded).toBeGreaterThan(0);

      const second = await api.gql(RELOAD, undefined, auth);
      expect(second.json.data.reloadSeeds).toMatchObject({ nodesAdded: 0, relationshipsAdded: 0, nodes: restored.nodes });
      expect(await fingerprint(db)).toEqual(restored);

      // The graph reloaded is the graph seeded from scratch.
      const fresh = await seededDatabase();
      try {
        expect(await fingerprint(fresh)).toEqual(restored);
      } finally {
        await fresh.close();
      }
    });

    it('keeps reads open while READ_API_KEY is unset', async () => {
      const reply = await api.gql('{ database { name } }');
      expect(reply.status).toBe(200);
      expect(reply.json.data.database.name).toBeTruthy();
    });
  });

  it('refuses every mutation while ADMIN_API_KEY is unset, saying writes are disabled', async () => {
    const api = await startHardenedApi(db, { credentials: {} });
    try {
      const before = await fingerprint(db);
      for (const operation of everyMutation()) {
        for (const headers of [{}, { authorization: 'Bearer anything' }] as Record<string, string>[]) {
          const reply = await api.gql(operation, undefined, headers);
          expect(reply.status).toBe(403);
          expect(firstError(reply)).toMatchObject({ code: 'FORBIDDEN' });
          expect(firstError(reply).message).toMatch(/Writes are disabled.*ADMIN_API_KEY/);
        }
      }
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      await api.close();
    }
  });

  describe('with READ_API_KEY set', () => {
    let api: HardenedApi;
    beforeAll(async () => {
      api = await startHardenedApi(db, { credentials: { adminKey: ADMIN, readKey: READ } });
    });
    afterAll(async () => {
      await api.close();
    });
    const QUERY = '{ database { name } }';

    it.each([
      ['no credentials', {}],
      ['a wrong key', { authorization: 'Bearer nope' }],
    ])('refuses a query with %s: 401 UNAUTHENTICATED', async (_name, headers: Record<string, string>) => {
      const reply = await api.gql(QUERY, undefined, headers);
      expect(reply.status).toBe(401);
      expect(firstError(reply).code).toBe('UNAUTHENTICATED');
      expect(reply.json.data).toBeUndefined();
    });

    it('guards exports with the same key (the same graph)', async () => {
      expect((await api.request('/export/')).status).toBe(401);
      expect((await api.request('/export/', { headers: { authorization: `Bearer ${READ}` } })).status).toBe(200);
    });

    it('answers with the read key, and with the admin key', async () => {
      for (const key of [READ, ADMIN]) {
        const reply = await api.gql(QUERY, undefined, { authorization: `Bearer ${key}` });
        expect(reply.status).toBe(200);
        expect(reply.json.data.database.name).toBeTruthy();
      }
    });

    it('does not let the read key write', async () => {
      const reply = await api.gql(RELOAD, undefined, { authorization: `Bearer ${READ}` });
      expect(reply.status).toBe(401);
      expect(firstError(reply).code).toBe('UNAUTHENTICATED');
    });

    it('leaves /health and /ready open for probes', async () => {
      expect((await api.request('/health')).status).toBe(200);
      expect((await api.readyUntil((r) => r.status === 200)).status).toBe(200);
    });
  });

  it('reads the keys from the environment; blank means unset', () => {
    expect(credentialsFromEnv({ ADMIN_API_KEY: ' a ', READ_API_KEY: '' })).toEqual({ adminKey: 'a', readKey: undefined });
    expect(accessOf('Bearer a', { adminKey: 'a' })).toEqual({ admin: true, read: true });
    expect(accessOf('bearer  a ', { adminKey: 'a' })).toEqual({ admin: true, read: true });
    expect(accessOf(undefined, { adminKey: 'a', readKey: 'r' })).toEqual({ admin: false, read: false });
    expect(accessOf('Bearer r', { adminKey: 'a', readKey: 'r' })).toEqual({ admin: false, read: true });
    // With no admin key configured, no bearer makes an admin (an empty key would match an empty bearer).
    expect(accessOf('Bearer ', {})).toEqual({ admin: false, read: true });
  });
});
