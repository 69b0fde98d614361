import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ResearchError, syntaxMessage } from './errors';

/**
 * The second line of defence of the read-only entries (the first, and the
 * real one, is the READ access-mode transaction Neo4j enforces). Neo4j
 * Community has no roles, so a read-only user cannot be configured; instead
 * the query is planned with EXPLAIN (nothing runs) and refused when its plan
 * writes, or does what a READ transaction does not stop:
 *   - LOAD CSV reads files and URLs from the database server;
 *   - TERMINATE TRANSACTIONS ends other people's work;
 *   - procedures of WRITE, SCHEMA or DBMS mode, and procedures that declare
 *     READ but change server state or run their own transactions (APOC's
 *     periodic/cypher/load… families, where installed).
 */

/** DBMS-mode procedures that only report. */
const DBMS_READERS = new Set(['dbms.components', 'dbms.info', 'dbms.listCapabilities', 'tx.getMetaData']);

/** READ-mode procedures that still change the server's state. */
const STATE_CHANGING = new Set([
  'db.stats.clear',
  'db.stats.collect',
  'db.stats.stop',
  'db.prepareForReplanning',
  'db.resampleIndex',
  'db.resampleOutdatedIndexes',
]);

/** Plugin procedures that write through transactions of their own, whatever mode they declare. */
const OWN_TRANSACTION_PREFIXES = [
  'apoc.periodic.', 'apoc.cypher.', 'apoc.do.', 'apoc.trigger.', 'apoc.load.', 'apoc.import.', 'apoc.export.',
  'apoc.refactor.', 'apoc.create.', 'apoc.merge.', 'apoc.atomic.', 'apoc.lock.', 'apoc.custom.', 'apoc.systemdb.',
  'apoc.schema.', 'apoc.uuid.', 'apoc.ttl.', 'apoc.static.', 'apoc.nodes.delete', 'apoc.graph.fromCypher', 'gds.',
];

const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs on the database server',
  TerminateTransactions: 'TERMINATE TRANSACTIONS stops other transactions',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS commits transactions of its own',
  TransactionApply: 'CALL { … } IN TRANSACTIONS commits transactions of its own',
};

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function operators(plan: PlanNode | false | undefined): PlanNode[] {
  if (!plan) return [];
  return [plan, ...(plan.children ?? []).flatMap(operators)];
}

/** "ProcedureCall@neo4j" → "ProcedureCall" (the runtime may suffix the database). */
const operatorName = (op: PlanNode): string => op.operatorType.split('@')[0];

/** A ProcedureCall's "Details": "db.createLabel($autostring_0) :: ()". */
function procedureName(op: PlanNode): string | undefined {
  const details = String(op.arguments?.Details ?? '');
  return /^\s*([\w.`]+)\s*\(/.exec(details)?.[1].replace(/`/g, '');
}

/** The query with a leading EXPLAIN or PROFILE (after comments) taken off. */
export function withoutExecutionMode(query: string): string {
  return query.replace(/^((?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*)(EXPLAIN|PROFILE)\b/i, '$1');
}

const EXPLAIN = 'EXPLAIN ';

/** A syntax error's position as in the user's query, before EXPLAIN was put in front of it. */
function unshifted(message: string): string {
  return message.replace(/\(line 1, column (\d+) \(offset: (\d+)\)/, (_m, column: string, offset: string) =>
    `(line 1, column ${Math.max(1, Number(column) - EXPLAIN.length)} (offset: ${Math.max(0, Number(offset) - EXPLAIN.length)})`,
  );
}

const refused = (reason: string): ResearchError =>
  new ResearchError('WRITE_REFUSED', `Refused: this entry is read-only and ${reason}.`);

/** Procedure modes by name, as this server reports them (its plugins included). */
async function procedureModes(tx: ManagedTransaction): Promise<Map<string, string>> {
  const result = await tx.run('SHOW PROCEDURES YIELD name, mode RETURN name, mode');
  return new Map(result.records.map((r) => [r.get('name') as string, r.get('mode') as string]));
}

function procedureProblem(name: string | undefined, mode: string | undefined): string | undefined {
  if (name === undefined) return 'the query calls a procedure the guard cannot identify';
  if (OWN_TRANSACTION_PREFIXES.some((p) => name.startsWith(p))) return `${name} runs transactions of its own`;
  if (STATE_CHANGING.has(name)) return `${name} changes the server's state`;
  if (mode === 'READ') return undefined;
  if (mode === 'DBMS' && DBMS_READERS.has(name)) return undefined;
  return `${name} is a ${mode ?? 'unknown'}-mode procedure`;
}

/**
 * Throws WRITE_REFUSED unless the query's plan only reads. Runs inside the
 * caller's READ transaction. The text is the researcher's own query, only
 * prefixed with EXPLAIN; its values still travel as `params`.
 */
export async function refuseWrites(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<void> {
  const { summary } = await tx.run(`${EXPLAIN}${withoutExecutionMode(query)}`, params).catch((error: unknown) => {
    throw error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.SyntaxError'
      ? new ResearchError('CYPHER_ERROR', syntaxMessage(unshifted(error.message)))
      : error;
  });
  const ops = operators(summary.plan as PlanNode | false);
  const names = ops.map(operatorName);

  if (summary.queryType === 'w' || summary.queryType === 'rw') {
    const writers = [
      ...new Set(
        ops.flatMap((op) => {
          const name = operatorName(op);
          if (name === 'ProcedureCall') return [procedureName(op) ?? name];
          return /Create|Merge|Set|Delete|Remove|Foreach/.test(name) ? [name] : [];
        }),
      ),
    ];
    throw refused(`the query writes to the graph${writers.length ? ` (${writers.join(', ')})` : ''}`);
  }
  for (const name of names) {
    if (REFUSED_OPERATORS[name]) throw refused(REFUSED_OPERATORS[name]);
  }
  const calls = ops.filter((op) => operatorName(op) === 'ProcedureCall');
  if (summary.queryType === 's' && calls.length === 0) {
    throw refused('the query changes the schema or administers the server');
  }
  if (calls.length > 0) {
    const modes = await procedureModes(tx);
    for (const call of calls) {
      const name = procedureName(call);
      const problem = procedureProblem(name, name === undefined ? undefined : modes.get(name));
      if (problem) throw refused(problem);
    }
  }
}
