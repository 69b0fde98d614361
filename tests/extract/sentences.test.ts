import { describe, expect, it } from '@jest/globals';
import { sentenceAround } from '../../src/facts/sentences';
import { sentences } from '../../src/extract/stages/sentences';
import { contextFor } from './harness';

describe('sentences', () => {
  const text = 'Russia said “270 servicemen and 120 civilians.” It is rare.\nKyiv agreed. 5 more came home!';
  const found = sentences.run(text, contextFor(text));

  it('cuts at full stops before capitals and digits, closing quotes and line breaks', () => {
    expect(found.map((s) => s.text)).toEqual(['Russia said “270 servicemen and 120 civilians.”', 'It is rare.', 'Kyiv agreed.', '5 more came home!']);
  });

  it('locates each sentence in the article', () => {
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('agrees with sentenceAround, which evidence uses', () => {
    for (const s of found) expect(sentenceAround(text, s.text.slice(2, 8))).toBe(s.text);
  });
});

describe('abbreviations', () => {
  const text = 'The swap on Sept. 14 freed 20 men, Gen. Budanov said. Talks resume on Mar. 3. Mr. Smith agreed.';
  const found = sentences.run(text, contextFor(text)).map((s) => s.text);

  it('does not end a sentence at an abbreviated month before its day or a title before a name', () => {
    expect(found).toEqual(['The swap on Sept. 14 freed 20 men, Gen. Budanov said.', 'Talks resume on Mar. 3.', 'Mr. Smith agreed.']);
  });
});
