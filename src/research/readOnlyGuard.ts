import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ResearchError, syntaxMessage } from './errors';

/**
 * The second line of defence of the read-only entries (the first, and the
 * real one, is the READ access-mode transaction Neo4j enforces). Neo4j
 * Community has no roles, so a read-only user cannot be configured; instead
 * the query is planned with EXPLAIN (nothing runs) and let through only when
 * it is a read query and every procedure it calls is on an explicit list.
 * Refused, among all else:
 *   - writes, schema and administration commands, SHOW … (other users' live
 *     queries and their parameters, the server's settings and paths),
 *     TERMINATE TRANSACTIONS;
 *   - LOAD CSV (reads files and URLs from the database server);
 *   - CALL { … } IN TRANSACTIONS (commits transactions of its own);
 *   - any procedure not listed below, whatever mode it declares (APOC's
 *     periodic/cypher/load… families run transactions of their own).
 */

/** What a read query may start with (after comments, EXPLAIN/PROFILE and CYPHER options). */
const READ_CLAUSES = /^(MATCH|OPTIONAL\s+MATCH|UNWIND|WITH|RETURN|CALL|USE)\b/i;

/** The procedures a researcher may call: they read the graph or describe its model, nothing else. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/** Plan operators of commands rather than queries: SHOW …, TERMINATE …, and whatever reads files. */
const COMMAND_OPERATORS = /^(Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Assert|DoNothingIf|EnsureValid|LoadCSV)/;

const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs on the database server',
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

/** The query without leading comments, EXPLAIN/PROFILE and `CYPHER option=value` prefixes: its first clause first. */
function firstClause(query: string): string {
  return withoutExecutionMode(query)
    .replace(/^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '')
    .replace(/^CYPHER(?:\s+[\w.]+\s*=\s*\w+|\s+\d+(?:\.\d+)?)*\s+/i, '');
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
  const command = names.find((name) => COMMAND_OPERATORS.test(name));
  if (command || summary.queryType !== 'r' || !READ_CLAUSES.test(firstClause(query))) {
    throw refused(`only read queries are allowed, not commands${command ? ` (${command})` : ''} such as SHOW, TERMINATE or schema changes`);
  }
  for (const call of ops.filter((op) => operatorName(op) === 'ProcedureCall')) {
    const name = procedureName(call);
    if (name === undefined) throw refused('the query calls a procedure the guard cannot identify');
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw refused(`${name} is not one of the procedures it allows (${[...ALLOWED_PROCEDURES].join(', ')})`);
    }
  }
}
