import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { departmentBackupFolder, upgradeDepartment } from '../../src/main/core/store/department-backup';
import { DUMP_NOTE } from '../../src/shared/domain/backup';
import { defaultDepartmentDataDir } from '../../src/main/core/store/location';
import { counselor } from '../helpers/cli';
import { postgresMigrations } from '../../src/main/core/store/migrations/pg';
import { migratePostgres } from '../../src/main/core/store/postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';

/**
 * The department database is backed up (pg_dump, custom format) before an upgrade, as the server's
 * own role, which row-level security binds: the dump must still hold every student, and
 * pg_restore must bring them back. A backup that cannot be taken stops the upgrade.
 */
const scratchDatabase = useScratchPostgres();
const tempDir = useTempDir();
const latest = postgresMigrations.length;

/** A department database one version behind this application, holding two students (written as the operator). */
async function olderSchool(): Promise<{ db: Kysely<StoreSchema>; url: string }> {
  const db = await scratchDatabase({ asAppRole: true });
  await migratePostgres(db, postgresMigrations.slice(0, -1));
  await db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('counselor.operator', 'on', true)`.execute(trx);
    await sql`INSERT INTO student (student_number, first_name, last_name, created_at, updated_at)
      VALUES ('100200', 'Ánh', 'Nguyễn', '2026-09-01', '2026-09-01'), ('100201', 'Omar', 'Haddad', '2026-09-01', '2026-09-01')`.execute(trx);
  });
  return { db, url: await urlOf(db, { asAppRole: true }) };
}

async function version(db: Kysely<StoreSchema>): Promise<number> {
  return (await sql<{ v: number }>`SELECT max(version) AS v FROM schema_version`.execute(db)).rows[0]!.v;
}

describe.skipIf(withoutAppRole)(`upgrading the department database${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('takes a pg_dump first that holds every student, which pg_restore brings back into an empty database', async () => {
    const { db, url } = await olderSchool();
    const folder = join(tempDir(), 'backups');
    const done = await upgradeDepartment(db, url, folder, new Date('2026-12-03T08:30:00Z'));
    expect(done).toMatchObject({ fromVersion: latest - 1, toVersion: latest });
    expect(await version(db)).toBe(latest);
    const file = done.backup!.file;
    expect(file).toBe(join(folder, 'department-2026-12-03T08-30-00-000Z-before-upgrade.dump'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(readdirSync(folder)).toEqual([`department-2026-12-03T08-30-00-000Z-before-upgrade.dump`]);

    // Into an empty database owned by the same role, as the operator (the policies bind the owner).
    const restored = await scratchDatabase({ asAppRole: true });
    const target = new URL(await urlOf(restored, { asAppRole: true }));
    const password = decodeURIComponent(target.password);
    target.password = '';
    execFileSync('pg_restore', ['--no-password', '--exit-on-error', '--dbname', target.toString(), file], {
      env: { ...process.env, PGPASSWORD: password, PGOPTIONS: '-c counselor.operator=on' },
    });
    const students = await restored.transaction().execute(async (trx) => {
      await sql`SELECT set_config('counselor.operator', 'on', true)`.execute(trx);
      return (await sql<{ student_number: string; last_name: string }>`SELECT student_number, last_name FROM student ORDER BY student_number`.execute(trx)).rows;
    });
    expect(students).toEqual([
      { student_number: '100200', last_name: 'Nguyễn' },
      { student_number: '100201', last_name: 'Haddad' },
    ]);
    // The backup is of the database before the upgrade.
    expect(await version(restored)).toBe(latest - 1);
  });

  it('takes none for a database without students, and none when nothing is to be upgraded', async () => {
    const empty = await scratchDatabase({ asAppRole: true });
    const folder = join(tempDir(), 'backups');
    expect((await upgradeDepartment(empty, await urlOf(empty, { asAppRole: true }), folder)).backup).toBeNull();
    const { db, url } = await olderSchool();
    await upgradeDepartment(db, url, folder);
    expect((await upgradeDepartment(db, url, join(tempDir(), 'again'))).backup).toBeNull();
  });

  it('does not upgrade when no backup can be taken, and says why', async () => {
    const { db, url } = await olderSchool();
    const folder = join(tempDir(), 'backups');
    const path = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      await expect(upgradeDepartment(db, url, folder)).rejects.toThrow(
        "pg_dump (PostgreSQL's client tools) is not installed on this computer, so no backup of the department database could be taken",
      );
    } finally {
      process.env.PATH = path;
    }
    expect(await version(db)).toBe(latest - 1);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);

    // A server that refuses the dump (a wrong password): the sentence is pg_dump's, the password never in it.
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    await expect(upgradeDepartment(db, wrong.toString(), folder)).rejects.toThrow(/The backup of the department database failed \(.*password authentication failed.*\); nothing was changed\./);
    expect(await version(db)).toBe(latest - 1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lists the dumps it took (store.backups, `counselor backups`) and answers a restore with who restores one', async () => {
    const { db, url } = await olderSchool();
    // Where `counselor serve` keeps them by default on this computer, so the command finds them too.
    const env = { XDG_CONFIG_HOME: tempDir() };
    const folder = departmentBackupFolder(defaultDepartmentDataDir('linux', env));
    const { backup } = await upgradeDepartment(db, url, folder, new Date('2026-12-03T08:30:00Z'));
    const file = 'department-2026-12-03T08-30-00-000Z-before-upgrade.dump';
    const call = (method: string, input: unknown) => dispatch(departmentHandlers(db, { backupFolder: folder })(null) as Handlers, method, input);
    expect(await call('store.backups', {})).toEqual({
      ok: true,
      value: { backups: [{ path: join(folder, file), file, takenAt: '2026-12-03T08:30:00.000Z', reason: 'before-upgrade', bytes: backup!.bytes, students: null, problem: DUMP_NOTE }] },
    });
    const restore = await call('store.restore', { file });
    expect(restore).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((restore as { error: { message: string } }).error.message).toContain(`restore ${join(folder, file)} with pg_restore`);
    expect(await version(db)).toBe(latest);

    const listed = await counselor(['backups', '--db', url], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`before an upgrade of the department database`);
    expect(listed.stdout).toMatch(new RegExp(`pg_dump +${file}`));
    expect(listed.stdout).toContain(`1 pg_dump files taken by the department server in ${folder}; district IT restores one with pg_restore.`);
    const refused = await counselor(['restore', file, '--db', url], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('The department database is restored by district IT');
  });
});
