/**
 * Cypher expressions as a small tree, rendered to text at the end: variables
 * are placeholders named by the renderer (prefix + a counter), so nested
 * projections never shadow each other and the same tree always renders to
 * the same text (Neo4j caches plans by text). Only names chosen here are
 * spliced in; values always travel as $parameters.
 */

/** A Cypher variable; its name is given when the tree is rendered. */
export class Var {
  constructor(readonly prefix: string) {}
}

type Part = string | Var | Text | Expr;

/** A piece of Cypher with variables in it, written with the `cypher` tag. */
export class Text {
  constructor(readonly parts: readonly Part[]) {}
}

export const cypher = (strings: TemplateStringsArray, ...values: (Var | Text | Expr)[]): Text =>
  new Text(strings.flatMap((s, i) => (i < values.length ? [s, values[i]] : [s])));

export type Expr =
  | { kind: 'text'; text: Text }
  | { kind: 'map'; entries: readonly (readonly [string, Expr])[] }
  | { kind: 'list'; items: readonly Expr[] }
  /** `COLLECT { <match> RETURN <row> ORDER BY <order> }`, or its first row. */
  | { kind: 'collect'; match: Text; row: Expr; order?: Text; first?: boolean }
  | { kind: 'case'; branches: readonly (readonly [Text, Expr])[]; otherwise: Expr };

export const expr = (text: Text): Expr => ({ kind: 'text', text });

/** A name or keyword chosen by the code (a relationship type, a label), never a value. */
export const raw = (text: string): Text => new Text([text]);

/** A list of names chosen by the code, as a Cypher list literal. */
export const names = (items: readonly string[]): Text => raw(`[${items.map((i) => `'${i}'`).join(', ')}]`);

export const mapOf = (entries: readonly (readonly [string, Expr])[]): Expr => ({ kind: 'map', entries });

export const listOf = (items: readonly Expr[]): Expr => ({ kind: 'list', items });

export const collect = (match: Text, row: Expr, order?: Text): Expr => ({ kind: 'collect', match, row, order });

/** The first row of a COLLECT, or null. */
export const first = (match: Text, row: Expr, order?: Text): Expr => ({ kind: 'collect', match, row, order, first: true });

export const caseOf = (branches: readonly (readonly [Text, Expr])[], otherwise: Expr): Expr => ({ kind: 'case', branches, otherwise });

/** Names variables in order of first appearance: `x` → x0, x1 … unless bound to a fixed name. */
export class Names {
  private readonly names = new Map<Var, string>();
  private next = 0;

  /** Gives `v` a fixed name: a variable of the surrounding query. */
  bind(v: Var, name: string): this {
    this.names.set(v, name);
    return this;
  }

  of(v: Var): string {
    let name = this.names.get(v);
    if (name === undefined) {
      name = `${v.prefix}${this.next++}`;
      this.names.set(v, name);
    }
    return name;
  }
}

export function renderText(text: Text, names: Names): string {
  return text.parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Var ? names.of(p) : p instanceof Text ? renderText(p, names) : render(p, names)))
    .join('');
}

export function render(e: Expr, names: Names): string {
  switch (e.kind) {
    case 'text':
      return renderText(e.text, names);
    case 'map':
      return `{${e.entries.map(([key, value]) => `${key}: ${render(value, names)}`).join(', ')}}`;
    case 'list':
      return `[${e.items.map((item) => render(item, names)).join(', ')}]`;
    case 'collect': {
      const match = renderText(e.match, names);
      const row = render(e.row, names);
      const order = e.order ? ` ORDER BY ${renderText(e.order, names)}` : '';
      return `COLLECT { ${match} RETURN ${row}${order} }${e.first ? '[0]' : ''}`;
    }
    case 'case':
      return `CASE ${e.branches.map(([when, then]) => `WHEN ${renderText(when, names)} THEN ${render(then, names)}`).join(' ')} ELSE ${render(e.otherwise, names)} END`;
  }
}
