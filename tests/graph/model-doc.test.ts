import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/config';
import { CURATED_LABELS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../src/facts/model';
import { useSeededDatabase } from '../support/graph';

/** docs/model.md is for researchers: its tables must match the model, its queries must run. */
const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'model.md'), 'utf8');
const examples = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1].trim());

describe('docs/model.md', () => {
  it('lists every relationship type with the endpoints the validator allows', () => {
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)(?: \{[a-z]+\})?` \| ([^|]+) → ([^|]+) \|/gm)];
    const documented = Object.fromEntries(
      rows.map(([, type, from, to]) => [type, { from: from.split(', ').map((s) => s.trim()), to: to.split(', ').map((s) => s.trim()) }]),
    );
    expect(Object.keys(documented).sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect({ type, ...documented[type] }).toEqual({ type, from: [...RELATIONSHIP_TYPES[type].from], to: [...RELATIONSHIP_TYPES[type].to] });
    }
  });

  it('describes every label and names every index of cypher/schema.cypher', () => {
    for (const label of CURATED_LABELS) expect(doc).toContain(`- \`${label}\`:`);
    const schema = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', 'schema.cypher'), 'utf8');
    const indexes = [...schema.matchAll(/CREATE (?:FULLTEXT )?INDEX (\w+)/g)].map((m) => m[1]);
    expect(indexes.length).toBeGreaterThan(0);
    for (const name of indexes) expect(doc).toContain(`\`${name}\``);
  });

  describe('example queries, on the seeded graph', () => {
    const seeded = useSeededDatabase();

    it('has a few', () => {
      expect(examples.length).toBeGreaterThanOrEqual(3);
    });

    it.each(examples.map((query) => [query.split('\n')[0], query]))('runs and answers: %s', async (_first, query) => {
      expect((await seeded.db.read(query)).length).toBeGreaterThan(0);
    });

    it('answers the Turkey question as the acceptance expects', async () => {
      const query = examples.find((q) => q.includes("{id: 'turkey'}"));
      const rows = await seeded.db.read(query!);
      expect(rows.map((r) => r.exchange)).toEqual(['exchange-1000-for-1000', 'exchange-2025-05-23', 'exchange-istanbul-under-25']);
      expect(rows.every((r) => (r.basis as string[]).some((b) => b.includes('Istanbul')))).toBe(true);
    });
  });
});
