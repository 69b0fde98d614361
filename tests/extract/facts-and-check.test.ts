import { describe, expect, it } from '@jest/globals';
import { checkFacts } from '../../src/facts/check';
import type { FactProblem } from '../../src/facts/errors';
import { facts } from '../../src/extract/stages/facts';
import { contextFor, extracted } from './harness';

const TEXT = 'Ukraine and Russia exchanged 95 prisoners each on 3 June 2024, in a swap mediated by the United Arab Emirates.';

function shaped(text = TEXT) {
  const extraction = extracted(text);
  return facts.run({ extraction, resolutions: extraction.events.map((e) => ({ key: e.key, as: 'new' as const })) }, contextFor(text));
}

function check(text: string, nodes = shaped(text).nodes) {
  const problems: FactProblem[] = [];
  const located = <T>(value: T) => ({ value, file: 'extracted', lineOf: () => 1 });
  const result = checkFacts(
    { articles: new Map([['t', text]]), articleMeta: [], nodes: nodes.map(located), refusedIds: new Set(), provenance: { reviewStatus: 'extracted', runId: 'run-1', confidence: new Map() } },
    problems,
  );
  return { result, problems };
}

describe('facts', () => {
  it('every evidence quote is an exact span of the article', () => {
    const quotes = shaped().nodes.flatMap((n) => [...n.evidence, ...n.relations.flatMap((r) => r.evidence)]).map((e) => e.quote);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(TEXT).toContain(q);
  });

  it('passes the seeds’ own checks, and every node and relationship says it was extracted by the run', () => {
    const { result, problems } = check(TEXT);
    expect(problems).toEqual([]);
    expect(new Set(result.nodes.map((n) => n.props.reviewStatus))).toEqual(new Set(['extracted']));
    expect(new Set(result.relationships.map((r) => r.props.runId))).toEqual(new Set(['run-1']));
    expect(result.relationships.map((r) => r.type)).toEqual(expect.arrayContaining(['BETWEEN', 'MEDIATED_BY', 'ABOUT', 'RETURNED_TO', 'RELEASED_BY']));
  });

  it('a quote that is not in the article is refused, located', () => {
    const nodes = shaped().nodes;
    nodes[0].evidence = [{ article: 't', quote: 'words the article never wrote' }];
    expect(check(TEXT, nodes).problems).toEqual([
      { file: 'extracted', line: 1, reason: 'quote not found verbatim in article t: "words the article never wrote"' },
    ]);
  });
});

describe('facts: events and talks get short readable names, as the seeds name theirs', () => {
  const names = (text: string, publishedAt?: string) => {
    const extraction = extracted(text, publishedAt);
    const ctx = contextFor(text, { publishedAt });
    return facts.run({ extraction, resolutions: extraction.events.map((e) => ({ key: e.key, as: 'new' as const })) }, ctx).nodes
      .filter((n) => ['Exchange', 'Release', 'Negotiation', 'Agreement'].includes(n.label)).map((n) => n.name);
  };

  it('a mediated exchange: its mediator, sides and day', () => expect(names(TEXT)).toEqual(['UAE-mediated exchange between Ukraine and Russia, 3 June 2024']));

  it('a release undated in a dated article, talks and the agreement reached there, a phase of a swap', () => {
    expect(names('Russia returned four Ukrainian children to Ukraine without an exchange.', '2024-01-04')).toEqual(['Release from Russia to Ukraine, reported 4 January 2024']);
    expect(names('Ukraine and Russia agreed to a prisoner swap during talks in Istanbul on 16 May 2025.')).toEqual(['Talks in Istanbul, 16 May 2025', 'Agreement in Istanbul, 16 May 2025']);
    expect(names('Ukraine and Russia completed a two-day swap of 500 prisoners each. On the first day, Monday, 200 prisoners were exchanged.', '2025-06-10')).toEqual([
      'Exchange between Ukraine and Russia, 9 June 2025',
      '9 June 2025: phase of the exchange between Ukraine and Russia, 9 June 2025',
    ]);
  });

  it('two events the same title would name are told apart', () => {
    expect(names('Ukraine and Russia swapped 50 prisoners in 2023. Another swap of 20 prisoners between Ukraine and Russia took place in 2023.')).toEqual([
      'Exchange between Ukraine and Russia, 2023',
      'Exchange between Ukraine and Russia, 2023 (#2)',
    ]);
  });
});

describe('facts: voices the text describes', () => {
  const text = 'Ukraine and Russia exchanged 95 prisoners each on 3 June 2024. Russian military bloggers claimed on Telegram that Kyiv had also handed over two pilots. "He is home," said Natalia.';

  it('pass the checks as entities of this article, and state what they said', () => {
    const { result, problems } = check(text);
    expect(problems).toEqual([]);
    const voices = result.nodes.filter((n) => n.props.name === 'Russian military bloggers' || n.props.name === 'Natalia');
    expect(voices.map((n) => [n.labels.filter((l) => l !== 'Entity'), n.props.id])).toEqual([
      [['Organization'], 't-russian-military-bloggers'],
      [['Person'], 't-natalia'],
    ]);
    expect(result.relationships.filter((r) => r.type === 'STATED_BY' && r.to.startsWith('t-')).map((r) => r.to).sort())
      .toEqual(['t-natalia', 't-russian-military-bloggers', 't-russian-military-bloggers']);
  });
});
