import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { mayCall } from '../../src/main/core/accounts/method-roles';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { migrationPreview } from '../../src/main/core/framework/migration-preview';
import { sampleStatus } from '../../src/main/core/store/sample-record';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import type { MigrationPreview, MigrationResult, MigrationUndoResult } from '../../src/shared/domain/framework-migration';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { sampleStore } from './plans/stores';

/**
 * Moving the plans to 2024 on the department server (issue 15 on issue 16's store): the preview a
 * lead reads from PostgreSQL is the workstation's from the same file, the move is applied as the
 * lead (audited under her name) and taken back; the database still decides each plan, so a
 * counselor's move changes her own caseload only. The crosswalk workbook comes from the server too.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let lead: Actor;
let counselor: Actor;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await sampleStore(tempDir());
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path));
  const someone = file.prepare('SELECT counselor FROM student WHERE counselor IS NOT NULL GROUP BY counselor ORDER BY count(*) DESC').pluck().get() as string;
  await addAccount(pg, { userName: 'lead', displayName: 'Dr. Lead', role: 'lead', password: 'correct horse battery' });
  await addAccount(pg, { userName: 'alvarez', displayName: someone, role: 'counselor', password: 'correct horse battery' });
  lead = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };
  counselor = { userName: 'alvarez', displayName: someone, role: 'counselor' };
}, 120_000);

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
  if (!answer.ok) throw Object.assign(new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`), { code: answer.error.code });
  return answer.value as T;
}

/** Every plan's 2024 columns, read as the lead (the policies show no rows to a connection that says no one). */
const editions = async () =>
  new Map(
    (await readAs(pg, lead, (trx) => trx.selectFrom('plan').select(['student_number', 'framework_edition', 'cluster_2024', 'subcluster_2024']).execute())).map((r) => [
      r.student_number,
      r,
    ]),
  );

describe.skipIf(withoutAppRole)(`the move to 2024 on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("previews what the workstation previews, moves every plan as the lead, and takes the move back", async () => {
    const preview = await ok<MigrationPreview>(lead, 'framework.migratePreview', {});
    expect(preview).toEqual(migrationPreview(file));
    expect(preview.counts.needsPick).toBeGreaterThan(0);
    await expect(ok(lead, 'framework.migrate', { picks: {} })).rejects.toMatchObject({ code: 'invalid_input' });

    const picks = Object.fromEntries(preview.rows.filter((r) => r.needsPick).map((r) => [r.studentNumber, r.options[0]!.code]));
    const moved = await ok<MigrationResult>(lead, 'framework.migrate', { picks });
    expect(moved.results.filter((r) => r.outcome === 'changed')).toHaveLength(preview.rows.length);
    const after = await editions();
    for (const row of preview.rows) {
      const stored = after.get(row.studentNumber)!;
      expect(stored.framework_edition, row.studentNumber).toBe('2024');
      expect([stored.cluster_2024, stored.subcluster_2024]).toContain(row.needsPick ? picks[row.studentNumber] : (row.to.subCluster?.code ?? row.to.cluster?.code));
    }
    const entries = await ok<{ entries: { userName: string; action: string; detail: Record<string, unknown> }[] }>(lead, 'audit.forStudent', { studentNumber: preview.rows[0]!.studentNumber });
    expect(entries.entries[0]).toMatchObject({ userName: 'lead', action: 'setFramework2024', detail: { frameworkMigration: moved.migration } });

    const undone = await ok<MigrationUndoResult>(lead, 'framework.migrateUndo', {});
    expect(undone.migration).toBe(moved.migration);
    expect(undone.results.every((r) => r.outcome === 'changed')).toBe(true);
    expect([...(await editions()).values()].every((r) => r.framework_edition === '2016')).toBe(true);
    await expect(ok(lead, 'framework.migrateUndo', {})).rejects.toThrow(/already taken back/);
  }, 60_000);

  it("is a lead's: the role gate refuses a counselor, and the database lets her move only her own caseload's plans", async () => {
    expect(mayCall('counselor', 'framework.migrate')).toBe(false);
    expect(mayCall('lead', 'framework.migrate')).toBe(true);
    const preview = await ok<MigrationPreview>(counselor, 'framework.migratePreview', {});
    const picks = Object.fromEntries(preview.rows.filter((r) => r.needsPick).map((r) => [r.studentNumber, r.options[0]!.code]));
    const moved = await ok<MigrationResult>(counselor, 'framework.migrate', { picks });
    const own = new Set(file.prepare('SELECT student_number FROM student WHERE counselor = ?').pluck().all(counselor.displayName) as string[]);
    const changed = moved.results.filter((r) => r.outcome === 'changed').map((r) => r.studentNumber);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((n) => own.has(n))).toBe(true);
    const refused = moved.results.filter((r) => r.outcome === 'refused');
    expect(refused.length).toBe(preview.rows.filter((r) => !own.has(r.studentNumber)).length);
    expect(refused[0]!.summary).toMatch(/^Only .+ \(the student's counselor\) or a lead can change/);
    // The audit log, where a move is found again, is shown to leads: a lead takes hers back.
    const undone = await ok<MigrationUndoResult>(lead, 'framework.migrateUndo', {});
    expect(undone.results.map((r) => r.studentNumber).sort()).toEqual([...changed].sort());
  }, 60_000);

  it('serves the crosswalk workbook', async () => {
    const file = await ok<{ fileName: string; count: number }>(counselor, 'framework.crosswalkXlsx', {});
    expect(file).toMatchObject({ fileName: expect.stringMatching(/\.xlsx$/), count: 95 });
  });

  it("says where the store is, its version and students, and that it holds the sample school moved in", async () => {
    const info = await ok<{ path: string; schemaVersion: number; studentCount: number }>(counselor, 'store.info', {});
    expect(info.path).toMatch(/^PostgreSQL database cw_test_\w+ on 127\.0\.0\.1:\d+$/);
    expect(info.schemaVersion).toBe(file.pragma('user_version', { simple: true }));
    expect(info.studentCount).toBe(file.prepare('SELECT count(*) FROM student').pluck().get());
    expect(await ok(counselor, 'sample.status', {})).toEqual(sampleStatus(file));
    expect((await ok<{ loaded: boolean }>(counselor, 'sample.status', {})).loaded).toBe(true);
  });
});
