import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDS_DIR } from '../../src/config';
import { prepareGraph } from '../../src/load/prepare';
import { readFacts } from '../../src/facts/facts';
import { loadFacts } from '../../src/load/load';
import type { Database } from '../../src/neo4j/database';
import { silentProgress } from '../../src/progress';
import { fingerprint, testDatabase } from '../support/graph';
import { seededDatabase, wipe } from '../support/graph';

/** Drops every constraint and index but Neo4j's own token lookups: a database as first met. */
async function dropSchema(db: Database): Promise<void> {
  for (const { name } of await db.read('SHOW CONSTRAINTS YIELD name RETURN name')) {
    await db.autoCommit(`DROP CONSTRAINT \`${String(name)}\``); // names cannot be parameters
  }
  for (const { name } of await db.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await db.autoCommit(`DROP INDEX \`${String(name)}\``);
  }
}

/** Everything that would betray a second copy of a node or relationship. */
async function duplicates(db: Database): Promise<Record<string, unknown[]>> {
  const list = async (cypher: string): Promise<unknown[]> => (await db.read(cypher)).map((r) => r.dup);
  return {
    nodeIds: await list('MATCH (n:Node) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id AS dup'),
    aliasKeys: await list('MATCH (a:Alias) WITH a.key AS key, count(*) AS c WHERE c > 1 RETURN key AS dup'),
    relationshipIds: await list(
      'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN id AS dup',
    ),
    derived: await list(`
      MATCH (a)-[r:EVIDENCED_BY|IN|NAMES]->(b)
      WITH coalesce(a.id, a.key) AS from, type(r) AS type, b.id AS to, count(r) AS c WHERE c > 1
      RETURN [from, type, to] AS dup`),
  };
}

const NONE = { nodeIds: [], aliasKeys: [], relationshipIds: [], derived: [] };

/**
 * Every node and relationship as a sorted list of JSON lines: equal for equal
 * contents even when the graphs were built in different orders, where
 * fingerprint()'s ORDER BY ties (an Alias key "belarus" beside the node id
 * "belarus") may list the same contents differently.
 */
async function contents(db: Database): Promise<string[]> {
  const canonical = (_key: string, value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value;
  const rows = await db.read(`
    MATCH (n) RETURN [labels(n), properties(n)] AS item
    UNION ALL
    MATCH (a)-[r]->(b) RETURN [coalesce(a.id, a.key), type(r), b.id, properties(r)] AS item`);
  return rows.map((r) => JSON.stringify(r.item, canonical)).sort();
}

describe('loading the seeds', () => {
  let db: Database;
  let once: Awaited<ReturnType<typeof fingerprint>>;
  let onceContents: string[];
  beforeAll(async () => {
    db = await seededDatabase();
    once = await fingerprint(db);
    onceContents = await contents(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('loads every fact once, with nothing duplicated', async () => {
    const facts = readFacts(SEEDS_DIR);
    const [counts] = await db.read(`
      CALL () { MATCH (n:Node) WHERE NOT n:Article AND NOT n:Evidence RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() WHERE r.id IS NOT NULL AND NOT r:EVIDENCED_BY RETURN count(r) AS relationships }
      CALL () { MATCH ()-[r:EVIDENCED_BY]->() RETURN count(r) AS links }
      CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
      CALL () { MATCH (a:Alias) RETURN count(a) AS aliases }
      RETURN nodes, relationships, links, evidence, aliases`);
    expect(counts).toEqual({
      nodes: facts.nodes.length,
      relationships: facts.relationships.length,
      links: [...facts.articles, ...facts.nodes].reduce((sum, n) => sum + n.evidence.length, 0),
      evidence: facts.evidence.length,
      aliases: facts.aliases.length,
    });
    expect(await duplicates(db)).toEqual(NONE);
  });

  it('leaves the graph identical when loaded a second time', async () => {
    await prepareGraph(db, silentProgress);
    expect(await fingerprint(db)).toEqual(once);
    await loadFacts(db, readFacts(SEEDS_DIR), silentProgress);
    expect(await fingerprint(db)).toEqual(once);
  });

  it.each([
    ['on a database with its schema', false],
    ['on a fresh database, racing to create the schema too', true],
  ])('gives the same graph when two writers load at once, %s', async (_name, fresh) => {
    const writers = [await testDatabase(), await testDatabase()];
    try {
      // Several rounds: a race that duplicates something need not show on the first try.
      for (let round = 0; round < (fresh ? 3 : 4); round++) {
        await wipe(db);
        if (fresh) await dropSchema(db);
        await Promise.all(writers.map((w) => prepareGraph(w, silentProgress)));
        expect(await duplicates(db)).toEqual(NONE);
        const { nodes, relationships } = await fingerprint(db);
        expect({ nodes, relationships }).toEqual({ nodes: once.nodes, relationships: once.relationships });
        expect(await contents(db)).toEqual(onceContents);
      }
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
  }, 180_000); // several full loads (and schema builds) on a shared, busy machine
});
