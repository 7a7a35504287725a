import type { Database as Db } from 'better-sqlite3';
import type { PlanStanding, PlanSummary } from './standing';
import { everyStanding, schoolInputs, standingsOf, type SchoolInputs } from './standings-compute';

/*
 * The workstation's standings, kept between caseload reads in the main process and brought up to
 * date from the store's stamps (migration 23) on every read, so a read recomputes only the
 * students whose inputs changed (a school's 20,000 took 17 s to recompute whole).
 *
 * Why it cannot go stale: every table a standing reads has triggers that bump a stamp in the same
 * transaction as the write, whoever writes (this connection, the job worker, the command line,
 * another program); a student's own rows bump the student's stamp, the catalog, requirements,
 * transcript matching and started school year bump the school's ('*'). Each stamp takes the
 * table's largest tick plus one, so "what changed since tick T" is one indexed read. A read first
 * notes the newest tick, then reads the rows: a write that lands after the note has a larger tick
 * and is recomputed by the next read, one that lands before is in the rows read. The date is part
 * of the key (a standing's grade and review window follow the day, UTC as school-year.ts counts).
 *
 * Kept in memory, not in a table: a standing is a few objects deep (progress, transcript), writing
 * 20,000 of them back would cost what it saves, and a new process warms it in slices at open
 * (warmStandings) while the window loads.
 */

interface Kept {
  /** Every change up to this tick is in `standings`. */
  tick: number;
  /** The UTC date the standings are as of. */
  date: string;
  school: SchoolInputs;
  /**
   * The students with a plan or a history (the others have no standing). Never changed once
   * handed out: a refresh that finds changes makes a new map, so a report that holds one across
   * its slices reads one state, and a read that finds none hands out the same map without a copy.
   */
  standings: ReadonlyMap<string, PlanStanding>;
  /** The caseload's columns of `standings`, made on the first read that asks. */
  summaries?: ReadonlyMap<string, PlanSummary>;
}

const kept = new WeakMap<Db, Kept>();
/** How many students the last refresh worked out again ('all': the whole school): what the bench and the tests report. */
const recomputed = new WeakMap<Db, number | 'all'>();
/** One refresh at a time per store: a caller that arrives while one runs waits, then finds little left to do. */
const running = new WeakMap<Db, Promise<unknown>>();

/** Past this many changed students, one pass over the whole school (page by page) is quicker than reading each alone. */
export const RECOMPUTE_ALL_ABOVE = 2_000;

const SCHOOL = '*';

function newestTick(db: Db): number {
  return db.prepare('SELECT ifnull(max(tick), 0) FROM standing_stamp').pluck().get() as number;
}

function changedSince(db: Db, tick: number): string[] {
  return db.prepare('SELECT scope FROM standing_stamp WHERE tick > ?').pluck().all(tick) as string[];
}

async function refresh(db: Db, today: Date): Promise<Kept> {
  const tick = newestTick(db);
  const date = today.toISOString().slice(0, 10);
  const state = kept.get(db);
  const changed = state && state.date === date ? changedSince(db, state.tick) : null;
  if (state && changed && changed.length === 0) {
    recomputed.set(db, 0);
    return state;
  }
  if (state && changed && !changed.includes(SCHOOL) && changed.length <= RECOMPUTE_ALL_ABOVE) {
    const next = new Map(state.standings);
    for (const [studentNumber, standing] of await standingsOf(db, changed, today, state.school)) {
      if (standing) next.set(studentNumber, standing);
      else next.delete(studentNumber);
    }
    state.standings = next;
    state.summaries = undefined;
    state.tick = tick;
    recomputed.set(db, changed.length);
    return state;
  }
  const school = schoolInputs(db, today);
  const standings = new Map<string, PlanStanding>();
  for (const [studentNumber, standing] of await everyStanding(db, today, school)) if (standing) standings.set(studentNumber, standing);
  const fresh: Kept = { tick, date, school, standings };
  kept.set(db, fresh);
  recomputed.set(db, 'all');
  return fresh;
}

function refreshed(db: Db, today: Date): Promise<Kept> {
  const before = running.get(db) ?? Promise.resolve();
  const done = before.then(
    () => refresh(db, today),
    () => refresh(db, today),
  );
  running.set(db, done.catch(() => undefined));
  return done;
}

/** Every student's standing as of `today` (students with neither a plan nor a history left out), from the kept standings brought up to date. */
export async function cachedStandings(db: Db, today: Date): Promise<ReadonlyMap<string, PlanStanding>> {
  return (await refreshed(db, today)).standings;
}

/** The caseload's columns of cachedStandings, kept with them. */
export async function cachedSummaries(db: Db, today: Date): Promise<ReadonlyMap<string, PlanSummary>> {
  const state = await refreshed(db, today);
  if (!state.summaries) {
    const summaries = new Map<string, PlanSummary>();
    for (const [studentNumber, standing] of state.standings) summaries.set(studentNumber, standing.summary);
    state.summaries = summaries;
  }
  return state.summaries;
}

/**
 * Works out every standing once, in slices of the serving thread, so the first caseload after the
 * store opens finds them kept. Errors are left to the first real read, which reports them.
 */
export function warmStandings(db: Db, today = new Date()): Promise<void> {
  return cachedStandings(db, today).then(
    () => undefined,
    () => undefined,
  );
}

/** How many students the last read of this store's standings worked out again ('all': the whole school; undefined before any). */
export function standingsRefreshed(db: Db): number | 'all' | undefined {
  return recomputed.get(db);
}
