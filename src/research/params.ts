import { ResearchError } from './errors';

export type Params = Record<string, unknown>;

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One `--param name=value`. The value is read as JSON where it is JSON (42,
 * 2.5, true, false, null, "quoted text", [1, 2], {"a": 1}) and is otherwise
 * the text as written: `name=UAE`, `from=2023-01-01` (a string; the queries
 * turn it into a date with date($from)). `id='"123"'` passes the string "123".
 */
export function parseParamArgument(argument: string): [string, unknown] {
  const eq = argument.indexOf('=');
  const name = eq < 0 ? argument : argument.slice(0, eq);
  if (eq < 0 || !PARAM_NAME.test(name)) {
    throw new ResearchError('BAD_REQUEST', `--param takes name=value with a Cypher parameter name, got "${argument}".`);
  }
  const raw = argument.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}

/** Lists and maps nested deeper than this are refused: no query needs them, and walking them costs the stack. */
export const MAX_PARAM_DEPTH = 16;

/** True when a value of `params` nests lists and maps more than `max` levels deep; walked without recursion (a hostile body is deep). */
function nestsDeeperThan(params: object, max: number): boolean {
  const stack: [unknown, number][] = Object.values(params).map((value) => [value, 0]);
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The `params` of a POST /cypher body: a JSON object whose keys are parameter names. */
export function checkParamsObject(value: unknown): Params {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ResearchError('BAD_REQUEST', '"params" must be a JSON object of parameter names to values.');
  }
  const bad = Object.keys(value).find((k) => !PARAM_NAME.test(k));
  if (bad !== undefined) throw new ResearchError('BAD_REQUEST', `"${bad}" is not a Cypher parameter name.`);
  if (nestsDeeperThan(value, MAX_PARAM_DEPTH)) {
    throw new ResearchError('BAD_REQUEST', `"params" nests lists and maps more than ${MAX_PARAM_DEPTH} levels deep.`);
  }
  return value as Params;
}
