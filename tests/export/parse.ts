import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** XML parsed back as a strict reader sees it: attributes kept, entities (numeric ones too) decoded, nothing coerced. */
export function parseXml(xml: string, arrays: string[]): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  }).parse(xml) as Record<string, unknown>;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with a line break');
  return rows;
}

/** A table as records keyed by its header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  for (const r of body) if (r.length !== header.length) throw new Error(`row of ${r.length} fields under a header of ${header.length}`);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
