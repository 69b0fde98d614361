import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/api/schema';
import { claimsQuery } from '../../src/query/claims';
import { type ExchangeFilter, exchangesQuery } from '../../src/query/exchanges';
import { anyNode } from '../../src/query/select/fields';
import { selectionFromText } from '../../src/query/select/selection';
import { Names, Var, render } from '../../src/query/select/tree';

/** Pure: a GraphQL selection in, Cypher out (no Neo4j). */
const schema = buildSchema(typeDefs().join('\n'));
const sel = (text: string, variables: Record<string, unknown> = {}) => selectionFromText(text, variables, schema);
const exchanges = (selection: string, where: ExchangeFilter = {}, variables: Record<string, unknown> = {}) =>
  exchangesQuery(where, {}, sel(selection, variables)).cypher;
const node = (selection: string) => {
  const n = new Var('n');
  return render(anyNode(n, sel(selection)), new Names().bind(n, 'node'));
};

describe('exchanges: the Cypher holds only what is selected', () => {
  it('ids only: no subquery for articles, links, claims or evidence', () => {
    const cypher = exchanges('{ edges { node { id } } }');
    expect(cypher).not.toContain('COLLECT');
    expect(cypher).not.toMatch(/EVIDENCED_BY|ABOUT|Article|MEDIATED_BY/);
    expect(cypher).toContain('node: {label: x.label, id: x.id}');
  });

  it('totalCount alone: no page, no projection', () => {
    const cypher = exchanges('{ totalCount }');
    expect(cypher).toContain('count(x) AS totalCount');
    expect(cypher).not.toMatch(/LIMIT|page|cursor/);
  });

  it('a page without totalCount: nothing counted', () => {
    const cypher = exchanges('{ edges { cursor } pageInfo { hasNextPage } }');
    expect(cypher).not.toMatch(/count\(|size\(matched\)/);
    expect(cypher).toContain('LIMIT $first + 1');
  });

  it('both: the match runs once, the count and the page come from it', () => {
    const cypher = exchanges('{ totalCount edges { node { id } } }', { mediatedBy: 'UAE' });
    expect(cypher.match(/MEDIATED_BY\]-\(:Exchange\)/g)).toHaveLength(1);
    expect(cypher).toContain('collect(x) AS matched');
    expect(cypher).toContain('UNWIND matched AS x');
  });

  it('selects evidence and its article only when asked, and article text only then', () => {
    const evidence = exchanges('{ edges { node { evidence { quote } } } }');
    expect(evidence).toContain('EVIDENCED_BY');
    expect(exchanges('{ edges { node { evidence { article { id } } } } }')).not.toContain('.text');
    expect(exchanges('{ edges { node { evidence { article { text } } } } }')).toMatch(/text: a\d+\.text/);
  });

  it('gives the same text for the same selection, whatever its order, aliases and fragments', () => {
    const a = exchanges('{ totalCount edges { node { id name } } }');
    const b = exchanges('{ edges { node { name title: name id } } totalCount }');
    const c = exchanges('{ ...C } fragment C on ExchangeConnection { edges { node { ... on Exchange { id } ...N } } totalCount } fragment N on Exchange { name }');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('honours @skip and @include, with literals and variables', () => {
    expect(exchanges('{ edges { node { id evidence @skip(if: true) { quote } } } }')).not.toContain('EVIDENCED_BY');
    expect(exchanges('query ($e: Boolean!) { edges { node { id evidence @include(if: $e) { quote } } } }', {}, { e: false })).not.toContain('EVIDENCED_BY');
    expect(exchanges('query ($e: Boolean!) { edges { node { id evidence @include(if: $e) { quote } } } }', {}, { e: true })).toContain('EVIDENCED_BY');
    expect(exchanges('{ totalCount edges @skip(if: true) { node { id } } }')).not.toContain('LIMIT');
  });

  it('explains a page row from the exchange, never from the named node', () => {
    const cypher = exchanges('{ edges { matchedBecause { summary } } }', { mediatedBy: 'Turkey' });
    expect(cypher).toMatch(/CALL \(x\) \{\s+MATCH p = \(mediatedByReached\)<-/);
    expect(cypher).toContain('WHERE nodes(p)[0] = mediatedBy');
  });

  it('explains matches only when matchedBecause is selected', () => {
    expect(exchanges('{ edges { node { id } } }', { mediatedBy: 'UAE' })).not.toContain('mediatedByPath');
    expect(exchanges('{ edges { matchedBecause { summary } } }', { mediatedBy: 'UAE' })).toContain('mediatedByPath');
  });
});

describe('exchanges: name filters start from the named node', () => {
  it('generates the exchanges from the mediator, never from every exchange', () => {
    const cypher = exchanges('{ totalCount }', { mediatedBy: 'UAE' });
    expect(cypher).not.toContain('MATCH (x:Exchange)');
    expect(cypher).toMatch(/CALL \(mediatedBy\) \{\s+MATCH \(mediatedBy\)<-/);
  });

  it('tests the other filters on the candidates of the first', () => {
    const cypher = exchanges('{ totalCount }', { mediatedBy: 'Turkey', involves: 'civilians' });
    expect(cypher).toMatch(/CALL \(mediatedBy\) \{/);
    // Tested from the exchange (the named node renamed, so Neo4j cannot start from it), then compared.
    expect(cypher).toContain('involves IN COLLECT { MATCH (involvesReached)<-');
  });

  it('counts only the kind of mediation asked for', () => {
    const direct = exchanges('{ totalCount }', { mediatedBy: 'Turkey', mediation: 'DIRECT' });
    expect(direct).not.toContain('TOOK_PLACE_IN');
    const hosted = exchanges('{ totalCount }', { mediatedBy: 'Turkey', mediation: 'HOSTED_TALKS' });
    expect(hosted).not.toContain('MEDIATED_BY');
    expect(hosted).toContain('TOOK_PLACE_IN');
  });

  it('refuses a mediation kind without a mediator, naming the argument', () => {
    expect(() => exchanges('{ totalCount }', { mediation: 'DIRECT' })).toThrow('"mediation: DIRECT" needs "mediatedBy"');
  });
});

describe('node: each possible type gets its own fields', () => {
  it('applies inline fragments on the concrete type or on an interface it implements', () => {
    const cypher = node('{ id ... on Actor { roles { title } } ... on Entity { name } }');
    expect(cypher).toContain('HOLDS_ROLE');
    // The Actor branch is the ELSE of the CASE: roles appear there only.
    expect(cypher.indexOf('HOLDS_ROLE')).toBeGreaterThan(cypher.lastIndexOf('WHEN'));
    // Entity's name reaches Exchange, Event and Actor, not Statement.
    expect(cypher).toMatch(/WHEN node:Statement THEN \{label: node\.label, id: node\.id\}/);
    expect(cypher).toMatch(/WHEN node:Exchange THEN \{label: node\.label, id: node\.id, name: node\.name\}/);
  });

  it('keeps the label for __resolveType whatever is selected', () => {
    expect(node('{ __typename }')).toContain('WHEN node:Figure THEN {label: node.label}');
  });
});

describe('claims', () => {
  it('statedBy covers body parts and role holders, starting from the claimant', () => {
    const { cypher } = claimsQuery('Statement', { statedBy: 'Russia' }, {}, sel('{ totalCount }'));
    expect(cypher).toContain('(statedBy)<-[:PART_OF*0..2]-(:Node)<-[:HOLDS_ROLE*0..1]-(:Node)<-[:STATED_BY]-(c:Statement)');
    expect(cypher).not.toContain('MATCH (c:Statement)');
  });

  it('puts flag and status as parameters, never in the text', () => {
    const { cypher, params } = claimsQuery('Figure', { flag: 'unverified', status: 'reported' }, {}, sel('{ totalCount }'));
    expect(cypher).toContain('c.flag = $flag');
    expect(cypher).toContain('c.status = $status');
    expect(cypher).not.toContain('unverified');
    expect(params).toMatchObject({ flag: 'unverified', status: 'reported' });
  });
});
