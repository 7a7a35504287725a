import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { listConferences } from '../../src/main/core/conferences/repository';
import { readFramework } from '../../src/main/core/framework/repository';
import { listCourses, listPostsecondary } from '../../src/main/core/courses/repository';
import { planAs } from '../../src/main/core/plans/plans-as';
import { resolvePlan } from '../../src/main/core/plans/resolve';
import { listPrograms } from '../../src/main/core/programs/repository';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { getStudent } from '../../src/main/core/students/repository';
import { startSchoolYear } from '../../src/main/core/year/start';
import type { PlanView } from '../../src/shared/domain/plan-view';
import { counselor } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { historyStore, importFile } from './history/history-store';

/**
 * The department server's plan methods (core/api/department.ts) on PostgreSQL, through the
 * non-superuser role row-level security binds, over the sample school moved in from a
 * workstation: the same plan views as the workstation's synchronous path, a change saved as the
 * signed-in counselor with its audit entry, a stale change refused naming who made the newer one,
 * and a plan outside the counselor's caseload refused by the database in one sentence.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const NOW = new Date('2026-12-02T15:00:00Z');

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let alvarez: Actor;
let other: Actor;
let lead: Actor;
/** A student of `alvarez`'s caseload, with a course history. */
let mine: string;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await historyStore(tempDir());
  await importFile(store, 'powerschool-storedgrades.csv');
  await startSchoolYear(store.db, store.path, '2027-28', { now: NOW });
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path));
  const names = file.prepare('SELECT DISTINCT counselor FROM student WHERE counselor IS NOT NULL ORDER BY counselor').pluck().all() as string[];
  expect(names.length).toBeGreaterThanOrEqual(2);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
    return { userName, displayName, role };
  };
  alvarez = await account('first', names[0]!, 'counselor');
  other = await account('second', names[1]!, 'counselor');
  lead = await account('lead', 'Dr. Lead', 'lead');
  mine = file
    .prepare('SELECT student_number FROM student WHERE counselor = ? AND status = ? AND student_number IN (SELECT student_number FROM course_history) ORDER BY student_number LIMIT 1')
    .pluck()
    .get(alvarez.displayName, 'active') as string;
  expect(mine).toBeDefined();
}, 120_000);

async function call(actor: Actor, method: string, input: unknown) {
  return dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
}

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await call(actor, method, input);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

describe.skipIf(withoutAppRole)(`the department server's plans on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('resolves every plan as the workstation does from the same rows (typed reads, one view rule)', async () => {
    const students = file.prepare('SELECT student_number FROM student ORDER BY student_number').pluck().all() as string[];
    expect(students.length).toBeGreaterThan(10);
    for (const studentNumber of students) {
      const ws = resolvePlan(file, studentNumber, NOW);
      expect(await planAs(pg, other, studentNumber, NOW), studentNumber).toEqual(ws);
    }
    const withTranscript = resolvePlan(file, mine, NOW);
    expect(withTranscript.years.some((y) => y.courses.some((c) => c.source === 'transcript'))).toBe(true);
    expect(await ok(other, 'students.get', { studentNumber: mine })).toEqual(getStudent(file, mine));
    expect(await ok(other, 'courses.list', {})).toEqual({ courses: listCourses(file), postsecondary: listPostsecondary(file) });
    expect(await ok(other, 'programs.list', {})).toEqual({ programs: listPrograms(file) });
    expect(await ok(other, 'framework.get', {})).toEqual(readFramework(file));
    const held = file.prepare('SELECT student_number FROM conference ORDER BY id LIMIT 1').pluck().get() as string | undefined;
    for (const studentNumber of [mine, held ?? mine]) {
      expect(await ok(other, 'conferences.list', { studentNumber })).toEqual({ conferences: listConferences(file, studentNumber) });
    }
    expect(await call(other, 'conferences.list', { studentNumber: '999999999' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 120_000);

  it('saves a change as the signed-in counselor, refuses one based on the older revision naming who changed it, and a lead reads both in the audit log', async () => {
    const before = await ok<PlanView>(alvarez, 'plans.get', { studentNumber: mine });
    const saved = await ok<PlanView>(alvarez, 'plans.update', {
      studentNumber: mine,
      operation: { op: 'setNotes', notes: 'Talked about AP Biology.' },
      basedOn: before.revision,
    });
    expect(saved.notes).toBe('Talked about AP Biology.');
    expect(saved.revision).toBe(before.revision + 1);

    // The lead's page still shows the revision before: nothing is saved, and the sentence names who.
    const stale = await call(lead, 'plans.update', { studentNumber: mine, operation: { op: 'setNotes', notes: 'Lead edit' }, basedOn: before.revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(!stale.ok && stale.error.message).toContain(`changed by ${alvarez.displayName} a moment ago`);
    expect((await ok<PlanView>(lead, 'plans.get', { studentNumber: mine })).notes).toBe('Talked about AP Biology.');

    const leads = await ok<PlanView>(lead, 'plans.update', { studentNumber: mine, operation: { op: 'setNotes', notes: 'Lead edit' }, basedOn: saved.revision });
    expect(leads.revision).toBe(saved.revision + 1);
    const undone = await ok<PlanView>(lead, 'plans.undo', { studentNumber: mine, basedOn: leads.revision });
    expect(undone.notes).toBe('Talked about AP Biology.');

    const { entries } = await ok<{ entries: { userName: string | null; action: string }[] }>(lead, 'audit.forStudent', { studentNumber: mine });
    expect(entries.map((e) => [e.userName, e.action])).toEqual([
      ['lead', 'undo'],
      ['lead', 'setNotes'],
      ['first', 'setNotes'],
      // The workstation's school year start (grade up one) and, before it, its course history
      // import of the student's transcript, both moved in with the school.
      [null, 'year.start'],
      [null, 'history.import'],
    ]);
    // A counselor's role does not read the audit log: the database shows her none.
    expect(await ok(alvarez, 'audit.forStudent', { studentNumber: mine })).toEqual({ entries: [] });
  }, 60_000);

  it("refuses, in one sentence from the database's refusal, a change to a plan outside the counselor's caseload, and saves nothing", async () => {
    const before = await ok<PlanView>(other, 'plans.get', { studentNumber: mine });
    const refused = await call(other, 'plans.update', { studentNumber: mine, operation: { op: 'setNotes', notes: 'Not mine' }, basedOn: before.revision });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!refused.ok && refused.error.message).toMatch(new RegExp(`^Only ${alvarez.displayName.replace('.', '\\.')} \\(the student's counselor\\) or a lead can change .+'s plan; you can still read and print it\\.$`));
    // A policy hides another caseload's rows from UPDATE and DELETE without an error: the undo
    // must notice, or it would write an audit entry for a change it did not make.
    const undo = await call(other, 'plans.undo', { studentNumber: mine, basedOn: before.revision });
    expect(undo).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { entries } = await ok<{ entries: { userName: string }[] }>(lead, 'audit.forStudent', { studentNumber: mine });
    expect(entries.filter((e) => e.userName === 'second')).toEqual([]);
    expect(await ok<PlanView>(other, 'plans.get', { studentNumber: mine })).toEqual(before);
  }, 60_000);

  it('`counselor plan --db postgres://…` shows the plan from the department database as the file shows it; a command not carried over says so', async () => {
    const url = await urlOf(pg, { asAppRole: true });
    const view = resolvePlan(file, mine);
    // As the command prints it (plan.ts): the verdict under `requirements` too.
    const fromFile = JSON.parse(JSON.stringify({ ...view, requirements: { ...view.requirements, onTrack: view.onTrack } })) as PlanView;
    const fromServer = await counselor(['plan', mine, '--json', '--db', url]);
    expect(fromServer).toMatchObject({ code: 0, stderr: '' });
    const shown = JSON.parse(fromServer.stdout) as PlanView;
    // The department's copy has the changes the tests above saved: compare all but the plan's own text.
    expect({ ...shown, notes: null, revision: 0, canUndo: false, status: null }).toEqual({ ...fromFile, notes: null, revision: 0, canUndo: false, status: null });
    expect(shown.notes).toBe('Talked about AP Biology.');
    expect(await counselor(['workstation', '--db', url])).toMatchObject({
      code: 1,
      stderr: "counselor: This command needs workstation.get, which the department database does not answer yet: run it on a workstation's store (give --db a file path).",
    });
  }, 60_000);
});

