/**
 * The bounds every GraphQL request is held to, from the environment (each
 * variable optional; the defaults below are what docs/operating.md lists).
 */
export interface Limits {
  /** Field nesting, inline fragments not counted (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in one operation (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in one document, checked while parsing (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** Cost budget of one operation, see operationCost below (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** What a list without a size argument is assumed to hold, for the cost (GRAPHQL_LIST_COST). */
  listCost: number;
  /** What one article's full text costs: it weighs kilobytes, an id bytes (GRAPHQL_TEXT_COST). */
  textCost: number;
  /** Largest request body in bytes; larger ones get HTTP 413 (GRAPHQL_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Time for one operation; Neo4j ends its reads when it runs out (GRAPHQL_TIMEOUT_MS). */
  timeoutMs: number;
  /** Schema introspection (GRAPHQL_INTROSPECTION, default on: the IDE needs it). */
  introspection: boolean;
  /** "Did you mean …?" in validation errors (GRAPHQL_FIELD_SUGGESTIONS, default off when NODE_ENV=production). */
  fieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 100_000,
  listCost: 10,
  textCost: 100,
  maxBodyBytes: 100 * 1024,
  timeoutMs: 10_000,
  introspection: true,
  fieldSuggestions: true,
};

/** The env variable behind each limit, for messages that tell how to change it. */
export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxCost: 'GRAPHQL_MAX_COST',
  listCost: 'GRAPHQL_LIST_COST',
  textCost: 'GRAPHQL_TEXT_COST',
  maxBodyBytes: 'GRAPHQL_MAX_BODY_BYTES',
  timeoutMs: 'GRAPHQL_TIMEOUT_MS',
  introspection: 'GRAPHQL_INTROSPECTION',
  fieldSuggestions: 'GRAPHQL_FIELD_SUGGESTIONS',
};

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const v = LIMIT_VARIABLES;
  const d = DEFAULT_LIMITS;
  return {
    maxDepth: positiveInt(env, v.maxDepth, d.maxDepth),
    maxAliases: positiveInt(env, v.maxAliases, d.maxAliases),
    maxTokens: positiveInt(env, v.maxTokens, d.maxTokens),
    maxCost: positiveInt(env, v.maxCost, d.maxCost),
    listCost: positiveInt(env, v.listCost, d.listCost),
    textCost: positiveInt(env, v.textCost, d.textCost),
    maxBodyBytes: positiveInt(env, v.maxBodyBytes, d.maxBodyBytes),
    timeoutMs: positiveInt(env, v.timeoutMs, d.timeoutMs),
    introspection: flag(env, v.introspection, d.introspection),
    // Suggestions reveal the schema field by field: production hides them.
    fieldSuggestions: flag(env, v.fieldSuggestions, env.NODE_ENV !== 'production'),
  };
}
