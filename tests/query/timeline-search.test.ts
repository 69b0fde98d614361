import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/api/schema';
import { searchQuery } from '../../src/query/search';
import { selectionFromText } from '../../src/query/select/selection';
import { timelineQuery } from '../../src/query/timeline';

/** Pure: the timeline's and search's selections in, Cypher out (no Neo4j). */
const schema = buildSchema(typeDefs().join('\n'));
const timeline = (selection: string) => timelineQuery(selectionFromText(selection, {}, schema));
const search = (selection: string) => searchQuery(selectionFromText(selection, {}, schema));
const returnedOf = (cypher: string) => cypher.slice(cypher.indexOf('AS events'), cypher.indexOf('AS returned'));

describe('timeline: projected as selected', () => {
  it('periods and event ids only: no claims, evidence or articles, ids kept for the merge', () => {
    const cypher = timeline('{ period exchanges { id } releases { name } }');
    expect(cypher).not.toMatch(/STATED_BY|EVIDENCED_BY|Article|sinceDate/);
    expect(cypher).toMatch(/\[x\d+ IN xs \| \{id: x\d+\.id, name: x\d+\.name\}\]/);
    expect(cypher).toMatch(/\[x\d+ IN xs \| \{id: x\d+\.id\}\]/);
  });

  it('a figure behind a count brings what is selected of it: since, flags, evidence, article text only when asked', () => {
    const figures = timeline('{ returned { people figures { value since sincePrecision flag flagNote counts } } }');
    expect(returnedOf(figures)).toMatch(/since: f\d+\.sinceDate, sincePrecision: f\d+\.sincePrecision/);
    expect(returnedOf(figures)).not.toContain('EVIDENCED_BY');
    const evidence = timeline('{ returned { figures { evidence { quote article { id } } } } }');
    expect(returnedOf(evidence)).toContain('EVIDENCED_BY');
    expect(returnedOf(evidence)).not.toMatch(/text: a\d+\.text/);
    expect(returnedOf(timeline('{ returned { figures { evidence { article { text } } } } }'))).toMatch(/text: a\d+\.text/);
  });

  it('projects returned and returnedWithoutExchange each by its own selection', () => {
    const cypher = timeline('{ returned { people } returnedWithoutExchange { side { name } } }');
    expect(returnedOf(cypher)).toMatch(/WHEN kind = 'release' THEN \{side: \{name: side\.name\}\} ELSE \{people: people\} END/);
  });

  it('gives the same text for the same selection, whatever its order and aliases', () => {
    expect(timeline('{ period n: notAfter returned { people side { id } } }')).toBe(timeline('{ returned { side { id } people } notAfter period }'));
  });
});

describe('search: projected as selected', () => {
  it('keeps the id (what matched is told from it) and adds only the node fields selected', () => {
    expect(search('{ score node { label } }')).toContain('{id: node.id, label: node.label} AS node');
    expect(search('{ snippet }')).toContain('{id: node.id} AS node');
    expect(search('{ node { aliases } }')).toContain('{id: node.id, aliases: coalesce(node.aliases, [])} AS node');
  });
});
