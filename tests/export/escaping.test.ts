import { describe, expect, it } from '@jest/globals';
import { csvField } from '../../src/export/csv';
import { xmlAttribute, xmlText } from '../../src/export/xml';
import { parseCsv, parseXml } from './parse';

const NASTY = 'a & b < c > d "e" \'f\'\n g\th\r\n i ]]> “curly” — 😀 ';

describe('escaping', () => {
  it('XML text and attributes read back exactly what was written', () => {
    const doc = parseXml(`<r><a v="${xmlAttribute(NASTY)}" w='${xmlAttribute(NASTY)}'>${xmlText(NASTY)}</a></r>`, []) as {
      r: { a: { '#text': string; '@v': string; '@w': string } };
    };
    expect(doc.r.a['#text']).toBe(NASTY);
    expect(doc.r.a['@v']).toBe(NASTY);
    expect(doc.r.a['@w']).toBe(NASTY);
  });

  it('drops the characters XML 1.0 cannot carry, instead of writing a broken document', () => {
    const doc = parseXml(`<r a="${xmlAttribute('x\u0000\u0007y\uD800z')}">${xmlText('x\u0001y\uDFFFz')}</r>`, []) as { r: { '#text': string; '@a': string } };
    expect(doc.r['#text']).toBe('xyz');
    expect(doc.r['@a']).toBe('xyz');
  });

  it('CSV fields read back exactly, lists as JSON', () => {
    const row = [NASTY, 'plain', ' padded ', ['UAE', 'U.A.E.'], 230, null].map(csvField).join(',') + '\r\n';
    expect(parseCsv(row)).toEqual([[NASTY, 'plain', ' padded ', '["UAE","U.A.E."]', '230', '']]);
  });
});
