import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { MATCH_PATHS } from '../../src/query/exchanges';
import { QUERIES_DIR, listQueryFiles, readQueryFile } from '../../src/research/queryFiles';

/**
 * The library's exchange lists must mean what the API means: each file that
 * answers "mediated by", "involves", "participant" or "place" holds the API's
 * path patterns (MATCH_PATHS) verbatim, line by line, up to white space.
 */
type Filter = keyof typeof MATCH_PATHS;

const USES: Record<string, Filter[]> = {
  'exchanges-by-mediator': ['mediatedBy'],
  'a1-exchanges-mediated-by-uae': ['mediatedBy'],
  'a2-exchanges-mediated-or-hosted-by-turkey': ['mediatedBy'],
  'none-exchanges-mediated-by-us': ['mediatedBy'],
  'a4-returned-per-side-in-uae-exchange': ['mediatedBy'],
  'exchanges-by-group': ['involves'],
  'a3-exchanges-involving-mariupol-defenders': ['involves'],
  'a8-exchanges-including-civilians': ['involves'],
  'exchanges-by-participant': ['participant'],
  'exchanges-by-place': ['place'],
};

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const text = (name: string): string => readQueryFile(path.join(QUERIES_DIR, `${name}.cypher`)).text;
/** The query without its header comment. */
const body = (name: string): string => text(name).replace(/^(\s*\/\/.*\n)+/, '');

describe('exchange lists of cypher/queries/ and the API', () => {
  it.each(Object.entries(USES))('%s holds every pattern line of MATCH_PATHS for its filter, verbatim', (name, filters) => {
    const query = collapse(text(name));
    for (const filter of filters) {
      const lines = MATCH_PATHS[filter].flatMap((pattern) => pattern.split('\n')).map(collapse);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(query).toContain(line);
    }
  });

  it('lists every library file that matches exchanges on a name filter', () => {
    for (const file of listQueryFiles()) {
      const name = path.basename(file, '.cypher');
      const query = readQueryFile(file).text;
      for (const filter of Object.keys(MATCH_PATHS) as Filter[]) {
        // A path from or to the filter's node is a copy of the API's definition, and must stay one.
        if (query.includes(`->(${filter})`) || query.includes(`(${filter})<-`) || query.includes(`(${filter})-[`)) {
          expect(USES[name] ?? []).toContain(filter);
        }
      }
    }
  });

  it('keeps the question files identical to the research query they apply', () => {
    for (const copy of ['a1-exchanges-mediated-by-uae', 'a2-exchanges-mediated-or-hosted-by-turkey', 'none-exchanges-mediated-by-us']) {
      expect(body(copy)).toBe(body('exchanges-by-mediator'));
    }
    expect(body('a3-exchanges-involving-mariupol-defenders')).toBe(body('exchanges-by-group'));
    expect(body('none-exchanges-in-2023')).toBe(body('exchanges-in-period'));
  });
});
