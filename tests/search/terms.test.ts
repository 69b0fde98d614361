import { describe, expect, it } from '@jest/globals';
import { searchTerms } from '../../src/query/fulltext';
import { describeMatch, snippetOf } from '../../src/query/search';

describe('search terms (what reaches Lucene)', () => {
  it.each([
    ['the Kremlin', 'kremlin*'],
    ['defenders of Mariupol', 'defenders* AND mariupol*'],
    ['without an exchange', 'without* AND exchange*'],
    ['1,000-for-1,000', '(1000* OR 1,000*)'],
    ['4757', '(4757* OR 4,757*)'],
    ['4,757 released', '(4757* OR 4,757*) AND released*'],
    ['"defenders of Mariupol"', '"defenders of Mariupol"'],
    ['"laborious process" Peskov', '"laborious process" AND peskov*'],
    ['Kyiv,Moscow', 'kyiv* AND moscow*'],
    ['to', 'to*'],
    ['title:x OR (y)', 'title* AND x* AND y*'],
  ])('%j → %s', (text, query) => {
    expect(searchTerms(text).query).toBe(query);
  });

  it('refuses a text with nothing to search for, naming the argument', () => {
    expect(() => searchTerms('"" -', 'text')).toThrow('"text" must hold at least one word to search for');
  });
});

describe('what matched', () => {
  it('says an exact hit matched by its alias, with the alias as written', () => {
    const hit = { tier: 0, id: 'exchange-1000-for-1000', date: '2025-05-23', fields: [['name', '1,000-for-1,000 prisoner exchange'], ['alias', 'the 1,000-for-1,000 swap']] as [string, string][] };
    expect(describeMatch(hit, 'The 1,000-for-1,000 swap', [])).toEqual({ matchedIn: 'name', field: 'alias', snippet: 'the 1,000-for-1,000 swap', exact: true });
    expect(describeMatch({ ...hit, fields: [] }, '23 May 2025', [])).toEqual({ matchedIn: 'date', field: 'date', snippet: '2025-05-23', exact: true });
  });

  it('picks the field holding most of the words and cuts a snippet around them', () => {
    const text = `${'Background sentence words. '.repeat(6)}Notably, Russian human rights commissioner Tatyana Moskalkova revealed that 75 Russian prisoners were handed back without an exchange. ${'More words after. '.repeat(8)}`;
    const hit = { tier: 3, id: 'a', date: null, fields: [['title', 'Prisoner exchange'], ['sentence', text]] as [string, string][] };
    const match = describeMatch(hit, 'without an exchange Moskalkova', ['without', 'exchange', 'moskalkova']);
    expect(match).toMatchObject({ matchedIn: 'article', field: 'sentence', exact: false });
    expect(match.snippet).toMatch(/^…/);
    expect(match.snippet).toContain('Tatyana Moskalkova revealed that 75 Russian prisoners were handed back without an exchange');
    expect(match.snippet.length).toBeLessThan(220);
  });

  it('finds words regardless of case and diacritics', () => {
    expect(snippetOf('Türkiye hosted talks', ['turkiye'])).toBe('Türkiye hosted talks');
  });
});
