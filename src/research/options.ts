import { SetupError } from '../neo4j/prerequisites';

export interface ResearchCypherOptions {
  /** POST /cypher exists only when a key is set (RESEARCH_API_KEY). */
  apiKey: string | undefined;
  /** Per query (RESEARCH_CYPHER_TIMEOUT_MS, default 5 s). */
  timeoutMs: number;
  /** Rows returned at most (RESEARCH_CYPHER_MAX_ROWS, default 1,000); `truncated` says when cut. */
  maxRows: number;
  /** Bytes of rows (as JSON) returned at most (RESEARCH_CYPHER_MAX_BYTES, default 5 MB), cut the same way. */
  maxBytes: number;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new SetupError(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

export function researchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ResearchCypherOptions {
  return {
    apiKey: env.RESEARCH_API_KEY?.trim() || undefined,
    timeoutMs: positiveInt(env, 'RESEARCH_CYPHER_TIMEOUT_MS', 5_000),
    maxRows: positiveInt(env, 'RESEARCH_CYPHER_MAX_ROWS', 1_000),
    maxBytes: positiveInt(env, 'RESEARCH_CYPHER_MAX_BYTES', 5 * 1024 * 1024),
  };
}
