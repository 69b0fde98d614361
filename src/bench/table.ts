import type { Figures } from './measure';

export interface Run {
  connections: number;
  api?: Figures;
  peer?: Figures;
  floor?: Figures;
}

export interface OperationResult {
  name: string;
  /** same | differs: … | n/a: … (peer); same | … (floor). */
  checked: { peer: string; floor: string };
  runs: Run[];
}

const num = (n: number | undefined, digits = 0): string => (n === undefined ? '–' : n.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);
const cells = (f: Figures | undefined): string[] => [num(f?.requestsPerSecond, 1), num(f?.p50Ms), num(f?.p99Ms), num(f?.errors)];

/** A markdown table; a column is right-aligned unless named in `left`. Pipes inside cells are escaped. */
export function markdownTable(head: string[], rows: (string | number)[][], left: readonly number[]): string {
  const line = (cols: (string | number)[]): string => `| ${cols.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (left.includes(i) ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** One markdown table: req/s, p50, p99 (ms) and errors per server, and this API's ratios to the peer and the floor. */
export function table(results: OperationResult[]): string {
  const head = [
    'operation', 'clients',
    'API req/s', 'p50', 'p99', 'err',
    'peer req/s', 'p50', 'p99', 'err',
    'floor req/s', 'p50', 'p99', 'err',
    'req/s ÷ peer', 'req/s ÷ floor', 'p99 ÷ floor',
  ];
  const rows = results.flatMap((op) =>
    op.runs.map((r) => [
      op.name, String(r.connections),
      ...cells(r.api), ...cells(r.peer), ...cells(r.floor),
      ratio(r.api?.requestsPerSecond, r.peer?.requestsPerSecond),
      ratio(r.api?.requestsPerSecond, r.floor?.requestsPerSecond),
      ratio(r.api?.p99Ms, r.floor?.p99Ms),
    ]),
  );
  return markdownTable(head, rows, [0, 1]);
}
