import { describe, expect, it } from '@jest/globals';
import { ArticleRefused, contentId, readArticle } from '../../src/extract/intake';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('intake', () => {
  it('reads the headline and the dateline', () => {
    const a = readArticle(bytes('Ukraine and Russia swap 150 prisoners\nKyiv, 12 March 2024\nThe swap took place.'));
    expect([a.title, a.publishedAt, a.id]).toEqual(['Ukraine and Russia swap 150 prisoners', '2024-03-12', contentId('Ukraine and Russia swap 150 prisoners\nKyiv, 12 March 2024\nThe swap took place.')]);
    expect(a.text.slice(a.dateline!.start, a.dateline!.end)).toBe('Kyiv, 12 March 2024');
  });

  it('reads "date 2024-01-04" at the start of a paragraph; a first line that is a sentence is no headline', () => {
    const a = readArticle(bytes(' date 2024-01-04 In a significant development, the two nations swapped prisoners.'));
    expect([a.title, a.publishedAt]).toEqual([null, '2024-01-04']);
  });

  it('flags override what the text says; no date stays unknown', () => {
    expect(readArticle(bytes('Headline\nBody.'), { id: 'x', title: 'T', publishedAt: '2025-01-02' })).toMatchObject({ id: 'x', title: 'T', publishedAt: '2025-01-02' });
    expect(readArticle(bytes('Headline\nBody.')).publishedAt).toBeNull();
  });

  it.each([
    [Buffer.alloc(0), 'empty file'],
    [bytes('  \n '), 'empty file (white space only)'],
    [Buffer.from([0x41, 0x00, 0x42]), 'binary file (it holds NUL bytes)'],
    [Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'not UTF-8 text'],
    [Buffer.alloc(1_000_001, 0x61), '1000001 bytes is over the 1 MB limit'],
  ])('refuses a bad file: %#', (input, reason) => {
    expect(() => readArticle(input)).toThrow(new ArticleRefused(reason));
  });
});
