import type { Express, Request, Response } from 'express';
import { SEEDS_DIR } from '../config';
import { readFacts } from '../facts/facts';
import { logger } from '../log';
import type { Database } from '../neo4j/database';
import { cypherFile, statements } from '../neo4j/cypherFiles';
import { failureOf } from '../neo4j/failures';

/** /ready answers within a second, whatever the state of Neo4j: it waits this long for a check. */
export const PROBE_TIMEOUT_MS = 900;
/** A check itself may take this long (a loaded Neo4j answers slowly, yet answers). */
const CHECK_TIMEOUT_MS = 5_000;
/** A finished check answers /ready for this long when a newer one is still running. */
const CHECK_FRESH_MS = 5_000;

/** What the owner of the project's Neo4j knows about it (restarts after a crash); absent for an external server. */
export interface DatabaseSupervision {
  state(): { status: 'running' | 'restarting' | 'stopped'; restarts: number; lastExit?: string };
}

/** The constraints and indexes cypher/schema.cypher creates, by name. */
function schemaNames(): string[] {
  return statements(cypherFile('schema.cypher')).flatMap((s) => {
    const name = /^CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(s)?.[1];
    return name ? [name] : [];
  });
}

let seedIds: string[] | undefined;

/** Every node the seeds define (articles, passages, entities, events, claims), read once. */
function expectedSeedIds(): string[] {
  if (!seedIds) {
    const facts = readFacts(SEEDS_DIR);
    seedIds = [...facts.articles, ...facts.evidence, ...facts.nodes].map((n) => n.id);
  }
  return seedIds;
}

/** After a reload the seeds on disk may differ from those read at start. */
export function forgetExpectedSeeds(): void {
  seedIds = undefined;
}

type Check = { ok: true; detail?: Record<string, unknown> } | { ok: false; reason: string };

async function checkSchema(db: Database): Promise<Check> {
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name');
  const indexes = await db.read('SHOW INDEXES YIELD name, state');
  const present = new Set([...constraints, ...indexes].map((r) => r.name as string));
  const offline = indexes.filter((r) => r.state !== 'ONLINE').map((r) => r.name as string);
  const missing = schemaNames().filter((name) => !present.has(name));
  if (missing.length > 0) return { ok: false, reason: `schema not applied: missing ${missing.slice(0, 5).join(', ')}` };
  if (offline.length > 0) return { ok: false, reason: `indexes not online yet: ${offline.slice(0, 5).join(', ')}` };
  return { ok: true };
}

async function checkSeeds(db: Database): Promise<Check> {
  const ids = expectedSeedIds();
  const [row] = await db.read(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Node {id: id})
     WITH id, n WHERE n IS NULL
     RETURN count(id) AS missing, collect(id)[..3] AS examples`,
    { ids },
  );
  const missing = row.missing as number;
  if (missing > 0) return { ok: false, reason: `seeds not loaded: ${missing} of ${ids.length} seed nodes missing (e.g. ${(row.examples as string[]).join(', ')})` };
  return { ok: true, detail: { seedNodes: ids.length } };
}

type Readiness = { ready: true; seedNodes: number } | { ready: false; reason: string };

/**
 * Neo4j reachable, the schema applied and online, every seed node in the
 * graph. The checks run in the probe lane (so a crowd cannot starve them)
 * under a deadline of the API's own: a frozen Neo4j gives "did not answer".
 */
export async function readiness(db: Database): Promise<Readiness> {
  const probe = db.inLane('probe').withDeadline(Date.now() + CHECK_TIMEOUT_MS, 0);
  try {
    const schema = await checkSchema(probe);
    if (!schema.ok) return { ready: false, reason: schema.reason };
    const seeds = await checkSeeds(probe);
    if (!seeds.ok) return { ready: false, reason: seeds.reason };
    return { ready: true, seedNodes: seeds.detail?.seedNodes as number };
  } catch (error) {
    const failure = failureOf(error);
    if (failure === 'unavailable') return { ready: false, reason: 'Neo4j is unreachable' };
    if (failure === 'timeout') return { ready: false, reason: `Neo4j did not answer within ${CHECK_TIMEOUT_MS} ms` };
    if (failure === 'busy') return { ready: false, reason: 'Neo4j is busy: every probe connection is taken' };
    logger.warn({ err: error }, 'Readiness check failed');
    return { ready: false, reason: `readiness check failed: ${error instanceof Error ? error.name : 'error'}` };
  }
}

const started = Date.now();

/**
 * GET /health: the process is up (200, always). GET /ready: it can serve
 * (200), or why not (503) — for load balancers and orchestrators; neither
 * needs a key.
 */
export function mountHealth(app: Express, db: Database, supervision?: DatabaseSupervision): void {
  app.get('/health', (_req: Request, res: Response) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) });
  });
  // One check at a time; /ready waits for it at most PROBE_TIMEOUT_MS, else
  // answers with the last finished one while it is fresh, else "no answer".
  let running: Promise<Readiness> | undefined;
  let last: { state: Readiness; at: number } | undefined;
  const check = (): Promise<Readiness> =>
    (running ??= readiness(db).then((state) => {
      last = { state, at: Date.now() };
      running = undefined;
      return state;
    }));
  const current = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS)));
    const state = await Promise.race([check(), late]);
    clearTimeout(timer);
    if (state) return state;
    if (last && Date.now() - last.at < CHECK_FRESH_MS) return last.state;
    return { ready: false, reason: `Neo4j did not answer within ${PROBE_TIMEOUT_MS} ms` };
  };
  app.get('/ready', async (_req: Request, res: Response) => {
    const neo4j = supervision?.state();
    const state: Readiness =
      neo4j && neo4j.status !== 'running'
        ? { ready: false, reason: `Neo4j is ${neo4j.status} (${neo4j.restarts} restarts${neo4j.lastExit ? `; last exit: ${neo4j.lastExit}` : ''})` }
        : await current();
    const extra = neo4j ? { neo4j } : {};
    res.set('Cache-Control', 'no-store');
    if (state.ready) res.json({ status: 'ready', seedNodes: state.seedNodes, ...extra });
    else res.status(503).set('Retry-After', '2').json({ status: 'unavailable', reason: state.reason, ...extra });
  });
}
