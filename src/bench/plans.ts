import type { ProfiledPlan } from 'neo4j-driver';
import type { Database } from '../neo4j/database';
import { captureCypher } from './capture';
import { markdownTable } from './table';
import type { Operation } from './operations';

/** What PROFILE says of one operation: every statement the API sends for it, summed. */
export interface Plan {
  name: string;
  statements: number;
  dbHits: number;
  /** Rows the statements returned (the answer's size, as the database sees it). */
  rows: number;
  /** The operator with the most db hits, with its details, e.g. "VarLengthExpand(Pruning,BFS) (uae)<-[:PHASE_OF*0..3]-(x)". */
  heaviest: { operator: string; dbHits: number };
  ms: number;
  /** Why the database refused or stopped it (e.g. over the transaction memory limit): a finding, not a crash. */
  error?: string;
}

function* operators(plan: ProfiledPlan): Generator<ProfiledPlan> {
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

const details = (plan: ProfiledPlan): string => String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 120);

/**
 * PROFILEs the Cypher this API sends for each operation (recorded through its
 * own resolvers, as the floor records it), in read transactions. Each
 * statement runs once unprofiled first, so the figures are a warm run's.
 */
export async function planOperations(db: Database, ops: Pick<Operation, 'name' | 'ours'>[], timeoutMs: number): Promise<Plan[]> {
  const captured = await captureCypher(db.driver, db.name, ops.map((o) => o.ours));
  const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
  try {
    const profiles: Plan[] = [];
    for (const [i, op] of ops.entries()) {
      const profile: Plan = { name: op.name, statements: captured[i].length, dbHits: 0, rows: 0, heaviest: { operator: '', dbHits: -1 }, ms: 0 };
      try {
        for (const { cypher, params } of captured[i]) {
          await session.executeRead((tx) => tx.run(cypher, params), { timeout: timeoutMs });
          const began = Date.now();
          const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params), { timeout: timeoutMs });
          profile.ms += Date.now() - began;
          profile.rows += result.records.length;
          const plan = result.summary.profile;
          if (!plan) continue;
          for (const step of operators(plan)) {
            profile.dbHits += step.dbHits;
            if (step.dbHits > profile.heaviest.dbHits) profile.heaviest = { operator: `${step.operatorType} ${details(step)}`.trim(), dbHits: step.dbHits };
          }
        }
      } catch (error) {
        profile.error = error instanceof Error ? error.message : String(error);
      }
      profiles.push(profile);
    }
    return profiles;
  } finally {
    await session.close();
  }
}

/** One markdown table of the profiles. */
export function planTable(profiles: Plan[]): string {
  const head = ['operation', 'statements', 'rows', 'db hits', 'ms (warm)', 'heaviest operator', 'its db hits'];
  const rows = profiles.map((p) =>
    p.error
      ? [p.name, p.statements, '–', '–', '–', `failed: ${p.error}`, '–']
      : [p.name, p.statements, p.rows, p.dbHits.toLocaleString('en'), p.ms, `\`${p.heaviest.operator}\``, p.heaviest.dbHits.toLocaleString('en')],
  );
  return markdownTable(head, rows, [0, 5]);
}
