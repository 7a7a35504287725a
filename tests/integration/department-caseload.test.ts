import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { addConference } from '../../src/main/core/conferences/record';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { exportCaseload } from '../../src/main/core/exports/caseload';
import { listCaseload } from '../../src/main/core/plans/caseload';
import { caseloadAs } from '../../src/main/core/plans/caseload-as';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { startSchoolYear } from '../../src/main/core/year/start';
import type { BulkResult, BulkUndoResult } from '../../src/shared/domain/bulk';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { counselor } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { historyStore, importFile } from './history/history-store';

/**
 * The department server's caseload (`students.list`) on PostgreSQL, as the signed-in counselor
 * through the role row-level security binds, over the sample school (with a course history and a
 * started school year) moved in from a workstation: a lead's rows equal the workstation's
 * listCaseload from the same file (plan status, cluster, credits earned, on-track verdict,
 * conferences: one rule, standing.ts, over rows fetched two ways); a counselor's rows are her own
 * students, never another's; `counselor students --db postgres://…` prints what the file prints.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const NOW = new Date('2026-12-02T15:00:00Z');

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let first: Actor;
let second: Actor;
let lead: Actor;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await historyStore(tempDir());
  await importFile(store, 'powerschool-storedgrades.csv');
  await startSchoolYear(store.db, store.path, '2027-28', { now: NOW });
  // Conferences before and inside the school year just started (the caseload counts only the latter).
  const someone = store.db.prepare("SELECT student_number FROM student WHERE status = 'active' ORDER BY student_number LIMIT 1").pluck().get() as string;
  for (const heldOn of ['2026-10-20', '2026-12-02', '2026-12-02']) {
    addConference(store.db, { studentNumber: someone, heldOn, studentAttended: true, guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null }, NOW);
  }
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path));
  const names = file.prepare('SELECT DISTINCT counselor FROM student WHERE counselor IS NOT NULL ORDER BY counselor').pluck().all() as string[];
  expect(names.length).toBeGreaterThanOrEqual(2);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
    return { userName, displayName, role };
  };
  first = await account('first', names[0]!, 'counselor');
  second = await account('second', names[1]!, 'counselor');
  lead = await account('lead', 'Dr. Lead', 'lead');
}, 120_000);

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

describe.skipIf(withoutAppRole)(`the department server's caseload on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("gives a lead every student with the workstation's standings, and a counselor her own students only", async () => {
    const workstation = await listCaseload(file, NOW);
    // The comparison means something only if the school's rows differ in what is compared.
    expect(new Set(workstation.map((r) => r.planStatus)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(workstation.map((r) => r.onTrack)).size).toBeGreaterThanOrEqual(2);
    expect(workstation.some((r) => r.creditsEarned !== null && r.creditsEarned > 0)).toBe(true);
    expect(workstation.some((r) => r.conferencesThisYear === 2 && r.lastConference === '2026-12-02')).toBe(true);

    expect(await caseloadAs(pg, lead, NOW)).toEqual(workstation);
    for (const actor of [first, second]) {
      const own = await caseloadAs(pg, actor, NOW);
      expect(own.length).toBeGreaterThan(0);
      expect(own).toEqual(workstation.filter((r) => r.counselor === actor.displayName));
    }
    // Through the contract (its output schema checked), today's date.
    const { students } = await ok<{ students: CaseloadRow[] }>(first, 'students.list', {});
    expect(students.map((s) => s.studentNumber)).toEqual(workstation.filter((r) => r.counselor === first.displayName).map((r) => r.studentNumber));
    expect(students.some((s) => s.counselor === second.displayName)).toBe(false);
  }, 120_000);

  it('`counselor students --db postgres://…` lists, as the operator, what the file lists', async () => {
    const url = await urlOf(pg, { asAppRole: true });
    const fromServer = await counselor(['students', '--json', '--db', url]);
    expect(fromServer).toMatchObject({ code: 0, stderr: '' });
    // As the command prints the file's (students.ts: the rows as JSON), today's date on both.
    expect(JSON.parse(fromServer.stdout)).toEqual(JSON.parse(JSON.stringify({ students: await listCaseload(file) })));
  }, 60_000);

  it("changes many plans in one transaction as the counselor: another caseload's student refused by the database in one sentence, the rest changed, and taken back as one step", async () => {
    const ofCounselor = (name: string) =>
      file.prepare("SELECT student_number FROM student WHERE counselor = ? AND status = 'active' AND student_number IN (SELECT student_number FROM plan) ORDER BY student_number LIMIT 2").pluck().all(name) as string[];
    const mine = ofCounselor(first.displayName);
    const theirs = ofCounselor(second.displayName)[0]!;
    expect(mine).toHaveLength(2);
    const theirsBefore = await ok<{ revision: number; lastReviewed: string | null }>(lead, 'plans.get', { studentNumber: theirs });

    const done = await ok<BulkResult>(first, 'plans.bulk', { studentNumbers: [mine[0], theirs, mine[1], '999999'], action: { kind: 'markReviewed' } });
    expect(done.results.map((r) => [r.studentNumber, r.outcome])).toEqual([[mine[0], 'changed'], [theirs, 'refused'], [mine[1], 'changed'], ['999999', 'refused']]);
    expect(done.results[1]!.summary).toMatch(new RegExp(`^Only ${second.displayName.replace('.', '\\.')} \\(the student's counselor\\) or a lead can change .+'s plan; you can still read and print it\\.$`));
    expect(done.undo.map((u) => u.studentNumber)).toEqual(mine);
    // The refused student's plan is as it was, and the audit log has no entry of hers for it.
    expect(await ok(lead, 'plans.get', { studentNumber: theirs })).toEqual(theirsBefore);
    const audit = async (studentNumber: string) => (await ok<{ entries: { userName: string; action: string; detail: Record<string, unknown> }[] }>(lead, 'audit.forStudent', { studentNumber })).entries;
    expect((await audit(theirs)).filter((e) => e.userName === first.userName)).toEqual([]);
    expect((await audit(mine[0]!))[0]).toMatchObject({ userName: first.userName, action: 'markReviewed', detail: { bulk: true } });

    // Another counselor cannot take back her change: the database refuses, in the same sentence.
    const foreign = await ok<BulkUndoResult>(second, 'plans.bulkUndo', { steps: done.undo });
    expect(foreign.results.map((r) => r.outcome)).toEqual(['refused', 'refused']);
    expect(foreign.results[0]!.summary).toMatch(new RegExp(`^Only ${first.displayName.replace('.', '\\.')} \\(the student's counselor\\)`));
    const undone = await ok<BulkUndoResult>(first, 'plans.bulkUndo', { steps: done.undo });
    expect(undone.results.map((r) => r.outcome)).toEqual(['changed', 'changed']);
    expect((await audit(mine[1]!)).map((e) => [e.userName, e.action]).slice(0, 2)).toEqual([[first.userName, 'undo'], [first.userName, 'markReviewed']]);
  }, 60_000);

  it("exports the caseload the page shows as the workstation's table: a lead's is the file's, a counselor's her own rows", async () => {
    const table = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
    const fromFile = await exportCaseload(file, 'csv');
    const asLead = await ok<{ base64: string; count: number }>(lead, 'caseload.export', { format: 'csv' });
    expect(asLead.count).toBe(fromFile.count);
    expect(table(asLead.base64)).toBe(fromFile.bytes.toString('utf8'));
    const asFirst = await ok<{ base64: string; count: number }>(first, 'caseload.export', { format: 'csv' });
    const lines = table(asFirst.base64).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(asFirst.count);
    expect(asFirst.count).toBe((await caseloadAs(pg, first)).length);
    expect(lines.slice(1).every((l) => l.includes(first.displayName))).toBe(true);
    const some = (await caseloadAs(pg, first)).slice(0, 2).map((r) => r.studentNumber);
    const chosen = await ok<{ fileName: string; count: number }>(first, 'caseload.export', { format: 'xlsx', studentNumbers: some });
    expect(chosen).toMatchObject({ count: 2, fileName: expect.stringMatching(/^caseload-\d{4}-\d{2}-\d{2}\.xlsx$/) });
  }, 60_000);
});
