import { isDate, isDateTime, isInt, isNode, isPath, isRelationship } from 'neo4j-driver';
import { plain } from '../neo4j/values';
import type { QueryOutcome } from './runQuery';

/** The JSON a program reads: the same shape POST /cypher answers with. */
export function toJson(outcome: QueryOutcome): string {
  return JSON.stringify(
    {
      columns: outcome.columns,
      rows: outcome.rows.map((row) => plain(row)),
      rowCount: outcome.rows.length,
      truncated: outcome.truncated,
      ...(outcome.changes.length ? { changes: outcome.changes } : {}),
    },
    null,
    2,
  );
}

const quote = (s: string): string => JSON.stringify(s);

/** A value as a person reads it: Cypher-like literals, nodes as (:Label id), relationships as [:TYPE]. */
export function show(value: unknown, top = true): string {
  if (value === null || value === undefined) return top ? '' : 'null';
  if (typeof value === 'string') return top ? value.replace(/\s*\n\s*/g, ' ') : quote(value);
  if (typeof value !== 'object') return String(value);
  if (isInt(value)) return value.toString();
  if (isDate(value) || isDateTime(value)) return String(value);
  if (isNode(value)) {
    const id = value.properties.id ?? value.properties.key ?? value.elementId;
    return `(:${value.labels.join(':')} ${String(id)})`;
  }
  if (isRelationship(value)) return `[:${value.type}${value.properties.id ? ` ${String(value.properties.id)}` : ''}]`;
  if (isPath(value)) {
    return value.segments.reduce(
      (s, seg) => `${s}-[:${seg.relationship.type}]->${show(seg.end, false)}`,
      show(value.start, false),
    );
  }
  if (Array.isArray(value)) return `[${value.map((v) => show(v, false)).join(', ')}]`;
  if (value.constructor === Object) {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${show(v, false)}`).join(', ')}}`;
  }
  return String(value);
}

/**
 * A table when the rows fit the terminal's width, otherwise one block per
 * row (`column  value`, lists one item a line): quotes are long, and cutting
 * them would cut the evidence.
 */
export function toText(outcome: QueryOutcome, width = process.stdout.columns || 120): string {
  const { columns, rows } = outcome;
  const lines: string[] = [];
  if (columns.length > 0 && rows.length > 0) {
    const cells = rows.map((row) => columns.map((c) => show(row[c])));
    const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
    const tableWidth = widths.reduce((a, b) => a + b, 0) + 3 * (columns.length - 1);
    if (tableWidth <= width) {
      const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i])).join(' │ ').trimEnd();
      lines.push(line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line));
    } else {
      const keyWidth = Math.max(...columns.map((c) => c.length));
      rows.forEach((row, n) => {
        lines.push(`── row ${n + 1} ${'─'.repeat(Math.max(0, Math.min(width, 60) - 10))}`);
        for (const c of columns) {
          const v = row[c];
          if (Array.isArray(v) && v.length > 0) {
            lines.push(`${c.padEnd(keyWidth)}  ${show(v[0], false)}`);
            for (const item of v.slice(1)) lines.push(`${' '.repeat(keyWidth)}  ${show(item, false)}`);
          } else lines.push(`${c.padEnd(keyWidth)}  ${show(v)}`);
        }
      });
    }
  }
  const count = `${rows.length} row${rows.length === 1 ? '' : 's'}${outcome.truncated ? ' (truncated: more rows exist)' : ''}`;
  lines.push(`${lines.length ? '\n' : ''}${count} in ${outcome.elapsedMs} ms${outcome.changes.length ? `; ${outcome.changes.join(', ')}` : ''}`);
  return lines.join('\n');
}
