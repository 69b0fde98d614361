import { describe, expect, it } from '@jest/globals';
import { fingerprint } from '../support/graph';
import { useSeededApi } from '../support/api';
import { prepareGraph } from '../../src/load/prepare';
import { silentProgress } from '../../src/progress';

describe('the API over a real Neo4j', () => {
  const seeded = useSeededApi();

  it('answers with a value that comes from Neo4j itself', async () => {
    const [server] = await seeded.db.read('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    const { data } = await seeded.api.query('{ database { version edition } }');
    expect(data).toEqual({ database: { version: server.version, edition: 'community' } });
    expect(String(server.version)).toMatch(/^5\.26\./);
  });

  it('leaves the seeded graph unchanged when started again', async () => {
    const before = await fingerprint(seeded.db);
    expect(before.nodes).toBeGreaterThan(100);
    await prepareGraph(seeded.db, silentProgress);
    expect(await fingerprint(seeded.db)).toEqual(before);
  });
});
