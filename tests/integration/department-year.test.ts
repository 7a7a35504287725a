import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import type { Store } from '../../src/main/core/store/connection';
import { kyselyOverStore } from '../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../src/main/core/store/postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import { reactivateGraduate } from '../../src/main/core/year/reactivate';
import { startSchoolYear } from '../../src/main/core/year/start';
import { yearStatus } from '../../src/main/core/year/status';
import { undoSchoolYearStart } from '../../src/main/core/year/undo';
import { reactivateGraduateAs, startSchoolYearAs, undoSchoolYearStartAs, yearStatusAs } from '../../src/main/core/year/year-as';
import { counselor as cli } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { sampleStore } from './plans/stores';
import { withYearEndStudents } from './year/year-stores';

/**
 * The school year on the department server (year/year-as.ts, api/department-year.ts) against the
 * workstation's (year/start.ts, undo.ts, reactivate.ts, status.ts) on the same school: the sample
 * school with the year-end students (graduates of two classes, one not in the latest roster, one
 * without a grade) and a plan reviewed on the day of the start, moved into a department database.
 * Status, preview, start, reactivation and undo answer the same on both and leave the same rows
 * (the one difference: where each store keeps its backup); a counselor is refused, and of two
 * leads starting the same year at once one starts it and the other is told it was started.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const NOW = new Date('2026-12-02T15:00:00Z');
const PASSWORD = 'correct horse battery staple';

async function school(): Promise<{ store: Store; pg: Kysely<StoreSchema>; lead: Actor; other: Actor; counselor: Actor }> {
  const store = withYearEndStudents(await sampleStore(tempDir()));
  // One plan reviewed on the day of the start (its review is the new year's), the others' earlier.
  const reviewed = store.db.prepare("SELECT student_number FROM plan WHERE last_reviewed IS NOT NULL ORDER BY student_number LIMIT 1").pluck().get() as string;
  store.db.prepare("UPDATE plan SET last_reviewed = '2026-12-02' WHERE student_number = ?").run(reviewed);
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(store.path, pg);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: PASSWORD });
    return { userName, displayName, role };
  };
  return {
    store,
    pg,
    lead: await account('lead', 'Dr. Lead', 'lead'),
    other: await account('lead2', 'Mr. Second', 'lead'),
    counselor: await account('alvarez', 'Ms. Alvarez', 'counselor'),
  };
}

type Row = Record<string, unknown>;
const TABLES = {
  student: 'student_number',
  school_year_start: 'id',
  school_year_change: 'start_id, kind, student_number',
  student_reactivation: 'id',
};

/** Every row a start, an undo or a reactivation writes, but for where each store keeps its backup. */
async function rowsOf(db: Kysely<StoreSchema>, pg: boolean): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const read = (q: Kysely<StoreSchema>) => sql<Row>`SELECT * FROM ${sql.table(table)} ORDER BY ${sql.raw(order)}`.execute(q);
    out[table] = (pg ? await readAs(db, null, read) : await read(db)).rows.map(({ backup_path: _b, ...r }) => r);
  }
  return out;
}

const fileRows = (store: Store) => rowsOf(kyselyOverStore(store.db), false);

/** The school year's audit entries (year/audit.ts), oldest first, their detail read. */
async function yearAudit(db: Kysely<StoreSchema>, pg: boolean) {
  const read = (q: Kysely<StoreSchema>) =>
    q.selectFrom('audit_entry').select(['at', 'user_name', 'student_number', 'action', 'detail']).where('action', 'like', 'year.%').orderBy('id').execute();
  return (pg ? await readAs(db, null, read) : await read(db)).map((e) => ({ ...e, detail: JSON.parse(e.detail) as unknown }));
}

/** A result without its backup (a file on the workstation; null on the server). */
function withoutBackup<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'backupPath' ? undefined : v))) as T;
}

describe.skipIf(withoutAppRole)(`the school year on the department server (${withoutAppRole ? SKIPPED_WITHOUT_APP_ROLE : 'PostgreSQL'})`, () => {
  it('answers status, preview, start, reactivation and undo as the workstation does, leaving the same rows', async () => {
    const { store, pg, lead } = await school();
    const { db } = store;
    const same = async () => expect(withoutBackup(await yearStatusAs(pg, lead, NOW))).toEqual(withoutBackup(await yearStatus(db, NOW)));

    await same();
    const dry = await startSchoolYearAs(pg, lead, '2027-28', { dryRun: true, now: NOW });
    expect(dry).toEqual(await startSchoolYear(db, store.path, '2027-28', { dryRun: true, now: NOW }));
    expect(dry.preview.counts.graduated).toBeGreaterThan(1);
    expect(dry.preview.counts.gradesAdvanced).toBeGreaterThan(1);
    expect(dry.preview.counts.reviewsReset).toBeGreaterThan(0);

    const started = await startSchoolYearAs(pg, lead, '2027-28', { now: NOW });
    const startedHere = await startSchoolYear(db, store.path, '2027-28', { now: NOW });
    expect(started.started?.backupPath).toBeNull();
    expect(withoutBackup(started)).toEqual(withoutBackup(startedHere));
    expect(await rowsOf(pg, true)).toEqual(await fileRows(store));
    await same();

    // Refusals: the same sentences, nothing written.
    for (const year of ['2027-28', '2029-30', '2026-27']) {
      const here = await startSchoolYear(db, store.path, year, { now: NOW }).catch((e: Error) => e.message);
      await expect(startSchoolYearAs(pg, lead, year, { now: NOW })).rejects.toThrow(here as string);
    }
    const graduate = '700001';
    await expect(reactivateGraduateAs(pg, lead, '900009', NOW)).rejects.toThrow(/is not graduated/);
    await expect(reactivateGraduateAs(pg, lead, '999999', NOW)).rejects.toThrow('There is no student with number 999999.');

    expect(await reactivateGraduateAs(pg, lead, graduate, NOW)).toEqual(reactivateGraduate(db, graduate, NOW));
    expect(await rowsOf(pg, true)).toEqual(await fileRows(store));

    const undone = await undoSchoolYearStartAs(pg, lead, NOW);
    expect(undone.backupPath).toBeNull();
    expect(withoutBackup(undone)).toEqual(withoutBackup(await undoSchoolYearStart(db, store.path, NOW)));
    expect(await rowsOf(pg, true)).toEqual(await fileRows(store));
    await same();
    await expect(undoSchoolYearStartAs(pg, lead, NOW)).rejects.toThrow('No school year start is recorded, so there is nothing to undo.');

    // Each change is in the audit log, on both stores the same entries (the server's under the lead's name, the
    // workstation's under nobody's: its own counselor): the start and the undo school-wide and per student, the reactivation the student's.
    const audit = await yearAudit(pg, true);
    expect(audit.every((e) => e.user_name === 'lead' && e.at === NOW.toISOString())).toBe(true);
    expect(audit.map((e) => ({ ...e, user_name: null }))).toEqual(await yearAudit(kyselyOverStore(db), false));
    const of = (action: string) => audit.filter((e) => e.action === action);
    const studentsIn = (c: { graduated: number; gradesAdvanced: number; reviewsReset: number }) => c.graduated + c.gradesAdvanced + c.reviewsReset;
    expect(of('year.start')[0]).toMatchObject({ student_number: null, detail: { schoolYear: '2027-28', counts: started.preview.counts } });
    expect(of('year.undo')[0]).toMatchObject({ student_number: null, detail: { schoolYear: '2027-28', restored: undone.restored } });
    // One entry a student (a student whose review was reset as their grade moved is one entry, not two).
    expect(of('year.start').length - 1).toBeGreaterThanOrEqual(started.preview.counts.graduated + started.preview.counts.gradesAdvanced);
    expect(of('year.start').length - 1).toBeLessThanOrEqual(studentsIn(started.preview.counts));
    expect(new Set(of('year.start').map((e) => e.student_number)).size).toBe(of('year.start').length);
    const forStudent = (action: string, n: string) => of(action).find((e) => e.student_number === n)?.detail;
    expect(forStudent('year.start', graduate)).toEqual({ schoolYear: '2027-28', changes: { status: { from: 'active', to: 'graduated' } } });
    expect(forStudent('year.reactivate', graduate)).toEqual({ graduatedBy: { schoolYear: '2027-28', startedOn: '2026-12-02' }, changes: { status: { from: 'graduated', to: 'active' } } });
    // The undo found the reactivated graduate active and left them so: no status in their undo entry.
    expect(forStudent('year.undo', graduate)).toBeUndefined();
    expect(forStudent('year.start', '700002')).toEqual({ schoolYear: '2027-28', changes: { status: { from: 'active', to: 'graduated' } } });
    expect(forStudent('year.undo', '700002')).toEqual({ schoolYear: '2027-28', changes: { status: { from: 'graduated', to: 'active' } } });
    const advanced = of('year.start').find((e) => (e.detail as { changes?: { grade?: unknown } }).changes?.grade)!;
    const { from, to } = (advanced.detail as { changes: { grade: { from: number; to: number } } }).changes.grade;
    expect(to).toBe(from + 1);
    expect(forStudent('year.undo', advanced.student_number!)).toMatchObject({ changes: { grade: { from: to, to: from } } });
    const reset = of('year.start').find((e) => (e.detail as { reviewReset?: unknown }).reviewReset)!;
    expect(forStudent('year.undo', reset.student_number!)).toMatchObject({ reviewRestored: (reset.detail as { reviewReset: unknown }).reviewReset });
    store.close();
  }, 120_000);

  it("refuses a counselor's start, undo and reactivation in the gate's one sentence (the database decides), and writes nothing", async () => {
    const { store, pg, lead, counselor } = await school();
    store.close();
    const call = (method: string, input: unknown) => dispatch(departmentHandlers(pg)(counselor) as Handlers, method, input, true);
    const refused = (method: string) => ({
      ok: false,
      error: { code: 'forbidden', message: `Your account (counselor) may not use ${method}; ask a lead counselor to do it.` },
    });
    // Each asked when the lead's would be taken: the start of a year that may start, the undo of a start, a graduate.
    const fresh = await rowsOf(pg, true);
    expect(await call('year.start', { schoolYear: '2027-28' })).toEqual(refused('year.start'));
    expect(await rowsOf(pg, true)).toEqual(fresh);
    await startSchoolYearAs(pg, lead, '2027-28', { now: NOW });
    const before = await rowsOf(pg, true);
    expect((await call('year.status', {})) as { ok: boolean }).toMatchObject({ ok: true, value: { currentSchoolYear: '2027-28' } });
    expect(await call('year.undo', {})).toEqual(refused('year.undo'));
    expect(await call('year.reactivate', { studentNumber: '700001' })).toEqual(refused('year.reactivate'));
    expect(await rowsOf(pg, true)).toEqual(before);
  }, 120_000);

  it('of two leads starting the same year at once, one starts it and the other is told it was started', async () => {
    const { store, pg, lead, other } = await school();
    store.close();
    const both = await Promise.allSettled([startSchoolYearAs(pg, lead, '2027-28', { now: NOW }), startSchoolYearAs(pg, other, '2027-28', { now: NOW })]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict', message: 'School year 2027-28 was already started on 2026-12-02; undo that start first if it must be made again.' });
    const rows = await rowsOf(pg, true);
    expect(rows.school_year_start).toHaveLength(1);
    expect(new Set(rows.school_year_change!.map((c) => c.start_id))).toEqual(new Set([rows.school_year_start![0]!.id]));
  }, 120_000);

  it('`counselor year … --db postgres://…` answers as the server does, and starts and undoes the year as the operator', async () => {
    const { store, pg, lead } = await school();
    store.close();
    const db = await urlOf(pg, { asAppRole: true });
    const status = await cli(['year', 'status', '--db', db, '--json']);
    expect(status.stderr).toBe('');
    // Asked now (the command's own clock): the same answer the server gives now.
    expect(JSON.parse(status.stdout)).toEqual(await yearStatusAs(pg, lead));
    const next = (JSON.parse(status.stdout) as { next: { schoolYear: string; counts: { graduated: number } } }).next;
    const started = await cli(['year', 'start', next.schoolYear, '--db', db]);
    expect([started.code, started.stderr]).toEqual([0, '']);
    expect(started.stdout).toContain(`${next.counts.graduated}`);
    expect(started.stdout).not.toContain('Backup taken');
    const again = await cli(['year', 'start', next.schoolYear, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`School year ${next.schoolYear} was already started on`);
    const undone = await cli(['year', 'undo', '--db', db]);
    expect([undone.code, undone.stderr]).toEqual([0, '']);
    expect(undone.stdout).toContain(`Undid the start of school year ${next.schoolYear}`);
    // The school-wide entries, under nobody's name (the operator); each student's beside them.
    const audit = await readAs(pg, null, (trx) => trx.selectFrom('audit_entry').select(['user_name', 'action']).where('student_number', 'is', null).orderBy('id').execute());
    expect(audit).toEqual([{ user_name: null, action: 'year.start' }, { user_name: null, action: 'year.undo' }]);
    const perStudent = await readAs(pg, null, (trx) => trx.selectFrom('audit_entry').select(['action']).where('student_number', 'is not', null).execute());
    expect(perStudent.filter((e) => e.action === 'year.start').length).toBeGreaterThanOrEqual(next.counts.graduated);
  }, 120_000);
});
