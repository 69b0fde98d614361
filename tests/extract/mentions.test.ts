import { describe, expect, it } from '@jest/globals';
import { mentions } from '../../src/extract/stages/mentions';
import type { GraphName } from '../../src/extract/gazetteer';
import { sentences } from '../../src/extract/stages/sentences';
import { contextFor } from './harness';

const run = (text: string, names: GraphName[] = []) => {
  const ctx = contextFor(text, { names });
  return { found: mentions.run(sentences.run(text, ctx), ctx), problems: ctx.problems };
};

describe('mentions', () => {
  it('links names, demonyms and capitals, longest first, ignoring case and diacritics', () => {
    const { found } = run('Emirati officials met TÜRKIYE and the ukrainian side in Kyiv near the Ukraine-Belarus border.');
    expect(found.map((m) => [m.text, m.entity.id])).toEqual([
      ['Emirati', 'uae'], ['TÜRKIYE', 'turkey'], ['ukrainian', 'ukraine'], ['Kyiv', 'ukraine'], ['Ukraine-Belarus border', 'ukraine-belarus-border'],
    ]);
  });

  it('reads a possessive as the name it is of', () => {
    const { found } = run('Civilians from Russia’s Kursk region.');
    expect(found.map((m) => [m.text, m.entity.id, m.possessive])).toEqual([['Russia', 'russia', true], ['Kursk region', 'kursk-region', false]]);
  });

  it('leaves "us" a pronoun but links "US"', () => {
    expect(run('Tell us what the US said.').found.map((m) => m.text)).toEqual(['US']);
  });

  it('prefers the graph’s own names to the lexicon', () => {
    const { found } = run('Zelenskyy spoke.', [{ key: 'zelenskyy', id: 'zelensky', label: 'Person', name: 'Volodymyr Zelensky' }]);
    expect(found.map((m) => [m.entity.id, m.entity.known])).toEqual([['zelensky', true]]);
  });

  it('reports an ambiguous name and links it to nothing', () => {
    const { found, problems } = run('Azov fighters returned.', [
      { key: 'azov', id: 'azov-brigade', label: 'Unit', name: 'Azov Brigade' },
      { key: 'azov', id: 'azov-sea', label: 'Place', name: 'Sea of Azov' },
    ]);
    expect(found).toEqual([]);
    expect(problems.map((p) => p.reason)).toEqual(['"Azov" names azov-brigade and azov-sea: left unlinked']);
  });
});
