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

/** The `params` of a POST /cypher body: a JSON object whose keys are parameter names. */
export function checkParamsObject(value: unknown): Params {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ResearchError('BAD_REQUEST', '"params" must be a JSON object of parameter names to values.');
  }
  const bad = Object.keys(value).find((k) => !PARAM_NAME.test(k));
  if (bad !== undefined) throw new ResearchError('BAD_REQUEST', `"${bad}" is not a Cypher parameter name.`);
  return value as Params;
}
