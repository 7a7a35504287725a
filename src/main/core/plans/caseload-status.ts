import type { Database as Db } from 'better-sqlite3';
import { cachedStandings, cachedSummaries } from './standings-cache';
import type { PlanStanding, PlanSummary } from './standing';

export { summaryOf, type PlanStanding, type PlanSummary } from './standing';
export { STUDENTS_PER_PAGE, pages } from './standings-compute';

/**
 * Plan status, chosen cluster, credits earned and the on-track verdict for every student, by the
 * same rule as the department server (standing.ts standingOf: status.ts, the transcript overlay,
 * on-track.ts). Catalog, requirement and history changes show at once: the standings are kept
 * between reads (standings-cache.ts) but brought up to date from the store's stamps, which
 * triggers bump on every write a standing rests on, so only the students whose inputs changed are
 * worked out again (standings-compute.ts), in slices of the serving thread. Students missing from
 * the map have neither a plan nor a history: status none, no cluster, nothing earned, on track unknown.
 */
export async function planStandings(db: Db, today = new Date()): Promise<ReadonlyMap<string, PlanStanding>> {
  return cachedStandings(db, today);
}

/** The caseload's columns of planStandings. */
export async function planSummaries(db: Db, today = new Date()): Promise<ReadonlyMap<string, PlanSummary>> {
  return cachedSummaries(db, today);
}
