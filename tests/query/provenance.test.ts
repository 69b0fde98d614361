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
    // Every exchange carries its status (the start-up gives one to any without): an equality an index seeks.
    expect(exchangesQuery({ curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain("x.reviewStatus = 'curated'");
    expect(exchangesQuery({ curatedOnly: false }, {}, sel('{ totalCount }')).cypher).not.toContain('reviewStatus');
    expect(claimsQuery('Figure', { curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain("coalesce(c.reviewStatus, 'curated') = 'curated'");
    expect(claimsQuery('Statement', { curatedOnly: true }, {}, sel('{ totalCount }')).cypher).toContain("coalesce(c.reviewStatus, 'curated') = 'curated'");
  });

  const DEEP = '{ edges { node { figures { statedBy { id } } mediators { node { id } } phases { id } agreement { negotiation { places { node { id } } } } } } }';
  const curated = (v: string) => `coalesce(${v}.reviewStatus, 'curated') = 'curated'`;

  it('curatedOnly reaches every level below the exchanges: claims, their claimants, phases, agreement, talks, mediator paths', () => {
    const cypher = exchangesQuery({ curatedOnly: true }, {}, sel(DEEP)).cypher;
    const v = String.raw`[a-z]+\d+`;
    for (const [what, match] of [
      ['figures', `MATCH \\((${v}):Figure\\)-\\[(${v}):ABOUT\\]->\\(x\\) WHERE`],
      ['their claimants', `MATCH \\(${v}\\)-\\[(${v}):STATED_BY\\]->\\((${v}):Node\\) WHERE`],
      ['phases', `MATCH \\(x\\)<-\\[(${v}):PHASE_OF\\]-\\((${v}):Exchange\\) WHERE`],
      ['the agreement', `MATCH \\(x\\)-\\[(${v}):UNDER\\]->\\((${v}):Agreement\\) WHERE`],
      ['its talks', `-\\[(${v}):AGREED_AT\\]->\\((${v}):Negotiation\\) WHERE`],
      ['their places', `-\\[(${v}):TOOK_PLACE_IN\\]->\\((${v}):Node\\) WHERE`],
    ] as const) {
      const found = cypher.match(new RegExp(`${match} ([^}]*?) RETURN`));
      expect([what, found?.slice(1, -1).every((name) => found.at(-1)!.includes(curated(name)))]).toEqual([what, true]);
    }
    // Each mediator path, whole: every node and relationship on it.
    expect(cypher.match(/MATCH path\d+ = [^)]*\)[^W]*? WHERE all\(n\d+ IN nodes\(path\d+\) WHERE coalesce\(n\d+\.reviewStatus, 'curated'\) = 'curated'\) AND all\(r\d+ IN relationships\(path\d+\)/g)).toHaveLength(4);
  });

  it('curatedOnly holds for the name filters too: every path that makes an answer match, and explains it, is curated', () => {
    const why = sel('{ edges { matchedBecause { summary } } }');
    const onCurated = (path: string) => new RegExp(String.raw`(?:WHERE|AND) all\(n\d+ IN nodes\(${path}\) WHERE coalesce\(n\d+\.reviewStatus, 'curated'\) = 'curated'\) AND all\(r\d+ IN relationships\(${path}\)`, 'g');
    const exchanges = exchangesQuery({ mediatedBy: 'UAE', involves: 'Mariupol defenders', curatedOnly: true }, {}, why).cypher;
    // Generated from the mediator (4 paths), tested for the group (2 paths), each explained (6 paths).
    expect(exchanges.match(onCurated('matched'))).toHaveLength(6);
    expect(exchanges.match(onCurated('p'))).toHaveLength(6);
    // A pattern with its own WHERE keeps it.
    expect(exchanges).toContain("WHERE all(same IN own WHERE type(same) = type(tie)) AND all(");
    const claims = claimsQuery('Statement', { statedBy: 'Russia', curatedOnly: true }, {}, why).cypher;
    expect(claims.match(onCurated('matched'))).toHaveLength(1);
    expect(exchangesQuery({ mediatedBy: 'UAE', involves: 'Mariupol defenders' }, {}, why).cypher).not.toMatch(/reviewStatus|MATCH matched/);
  });

  it('hasConflicts with curatedOnly counts conflicts between curated figures only, as Exchange.conflicts shows them', () => {
    const conflicting = exchangesQuery({ hasConflicts: true, curatedOnly: true }, {}, sel('{ totalCount }')).cypher;
    expect(conflicting).toMatch(/<> COLLECT \{ MATCH \(b\d*\)-\[:STATED_BY\]->[^}]*\} AND coalesce\(a\d*\.reviewStatus, 'curated'\) = 'curated' AND coalesce\(b\d*\.reviewStatus, 'curated'\) = 'curated' \}/);
    expect(exchangesQuery({ hasConflicts: true }, {}, sel('{ totalCount }')).cypher).not.toContain('reviewStatus');
  });

  it('without curatedOnly the nested lists send the Cypher they sent before: no condition, nothing to pay', () => {
    expect(exchangesQuery({}, {}, sel(DEEP)).cypher).not.toContain('reviewStatus');
    expect(claimsQuery('Figure', {}, {}, sel('{ edges { node { statedBy { id } about { id } returnedTo { id } } } }')).cypher).not.toContain('reviewStatus');
    expect(claimsQuery('Figure', { curatedOnly: true }, {}, sel('{ edges { node { returnedTo { id } } } }')).cypher).toMatch(
      /MATCH \(c\)-\[(r\d+):RETURNED_TO\]->\((t\d+):Node\) WHERE coalesce\(\1\.reviewStatus, 'curated'\) = 'curated' AND coalesce\(\2\.reviewStatus, 'curated'\) = 'curated'/,
    );
  });
});
