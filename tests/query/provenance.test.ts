import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/api/schema';
import { claimsQuery } from '../../src/query/claims';
import { exchangesQuery } from '../../src/query/exchanges';
import { selectionFromText } from '../../src/query/select/selection';

/** Pure: provenance is projected only when asked for, and curatedOnly filters the answers, not their projection. */
const schema = buildSchema(typeDefs().join('\n'));
const sel = (text: string) => selectionFromText(text, {}, schema);

describe('provenance in the Cypher', () => {
  it('a client not asking for provenance does not pay for it', () => {
    const cypher = exchangesQuery({}, {}, sel('{ edges { node { id figures { value } mediators { path { type } } } } }')).cypher;
    expect(cypher).not.toMatch(/reviewStatus|:Run|Correction|runId/);
  });

  it('asked for, each fact gets its status, run and corrections, and a relationship its status and run', () => {
    const cypher = exchangesQuery({}, {}, sel('{ edges { node { provenance { status run { id } corrections { field } } mediators { path { provenance { status run { version } corrections { field } } } } } } }')).cypher;
    expect(cypher).toMatch(/provenance: \{corrections: COLLECT \{ MATCH \(c\d+:Correction\)-\[:CORRECTS\]->\(x\) RETURN \{field: c\d+\.field\} ORDER BY c\d+\.at, c\d+\.id \}, run: COLLECT \{ MATCH \(run\d+:Run \{id: x\.runId\}\)/);
    expect(cypher).toContain("status: coalesce(x.reviewStatus, 'curated')");
    // A relationship is never corrected: no pattern from a Correction to it (Neo4j would refuse one).
    expect(cypher.match(/:CORRECTS\]->/g)).toHaveLength(1);
    expect(cypher).toMatch(/provenance: \{corrections: \[\], run: COLLECT \{ MATCH \(run\d+:Run \{id: r\d+\.runId\}\)/);
  });

  it('only the fields of provenance asked for', () => {
    const cypher = exchangesQuery({}, {}, sel('{ edges { node { provenance { status } } } }')).cypher;
    expect(cypher).toContain("provenance: {status: coalesce(x.reviewStatus, 'curated')}");
    expect(cypher).not.toMatch(/:Run|Correction/);
  });

  it('curatedOnly keeps the answers a person vouches for; without it, no condition', () => {
    const curated = "coalesce(x.reviewStatus, 'curated') = 'curated'";
    expect(exchangesQuery({ curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain(curated);
    expect(exchangesQuery({ curatedOnly: false }, {}, sel('{ totalCount }')).cypher).not.toContain('reviewStatus');
    expect(claimsQuery('Figure', { curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain("coalesce(c.reviewStatus, 'curated') = 'curated'");
    expect(claimsQuery('Statement', { curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain("coalesce(c.reviewStatus, 'curated') = 'curated'");
  });
});
