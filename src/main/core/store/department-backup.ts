import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { DUMP_NOTE, type Backup } from '../../../shared/domain/backup';
import { CounselorError } from '../../../shared/errors';
import { postgresMigrations } from './migrations/pg';
import { migratePostgres } from './postgres';
import type { StoreSchema } from './store-schema';
import { readTransactionAsync } from './transaction';

/**
 * The department database's own backups (issue 16): PostgreSQL's `pg_dump` in its custom format,
 * the file district IT already knows how to restore (`pg_restore`), taken by the server before it
 * upgrades a database that holds students. The server's role is bound by row-level security
 * (FORCE), so the dump declares itself the operator for its connection (`counselor.operator`,
 * migration 15) and asks pg_dump to read under the policies (`--enable-row-security`) rather than
 * fail on them; the operator reads every row. The password goes in the environment, never on a
 * command line another user of the computer could list.
 */

export interface DepartmentBackup {
  file: string;
  bytes: number;
}

/** What an upgrade would do: the version the database is at, the version this application brings, and whether it holds students. */
export async function pendingUpgrade(db: Kysely<StoreSchema>, latest: number): Promise<{ fromVersion: number; toVersion: number; holdsStudents: boolean }> {
  const exists = await sql<{ found: string | null }>`SELECT to_regclass('schema_version')::text AS found`.execute(db);
  if (!exists.rows[0]?.found) return { fromVersion: 0, toVersion: latest, holdsStudents: false };
  const version = await sql<{ v: number | null }>`SELECT max(version) AS v FROM schema_version`.execute(db);
  const fromVersion = version.rows[0]?.v ?? 0;
  // Counted as the operator: a counselor's connection would see only part of the school.
  const students = await readTransactionAsync(db, async (trx) => {
    await sql`SELECT set_config('counselor.operator', 'on', true)`.execute(trx);
    const found = await sql<{ found: string | null }>`SELECT to_regclass('student')::text AS found`.execute(trx);
    if (!found.rows[0]?.found) return 0;
    return Number((await sql<{ n: string }>`SELECT count(*) AS n FROM student`.execute(trx)).rows[0]?.n ?? 0);
  });
  return { fromVersion, toVersion: latest, holdsStudents: students > 0 };
}

/** `department-2026-12-03T08-30-00-000Z-before-upgrade.dump` in `folder` (made 0700; the file 0600). */
export async function backupDepartment(url: string, folder: string, reason: string, now = new Date(), pgDump = 'pg_dump'): Promise<DepartmentBackup> {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  const file = join(folder, `department-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.dump`);
  const temp = `${file}.partial`;
  const address = new URL(url);
  const password = decodeURIComponent(address.password);
  address.password = '';
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        pgDump,
        ['--format=custom', '--enable-row-security', '--no-password', '--file', temp, '--dbname', address.toString()],
        {
          env: { ...process.env, PGPASSWORD: password, PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c counselor.operator=on`.trim() },
          maxBuffer: 1024 * 1024,
        },
        (error, _stdout, stderr) => {
          if (!error) return resolve();
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            return reject(
              new CounselorError(
                'store_unavailable',
                `${pgDump} (PostgreSQL's client tools) is not installed on this computer, so no backup of the department database could be taken. Install them (Debian: apt-get install postgresql-client) and try again; nothing was changed.`,
              ),
            );
          }
          const why = String(stderr).trim().split('\n').filter(Boolean).pop() ?? error.message;
          reject(new CounselorError('store_unavailable', `The backup of the department database failed (${why.replace(password, '…')}); nothing was changed.`));
        },
      );
    });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return { file, bytes: statSync(file).size };
}

/**
 * Brings the department database to this application's store version, after a backup when it
 * holds a school and is at an older version (`counselor serve` at start). A backup that cannot be
 * taken stops the upgrade: nothing is changed.
 */
export async function upgradeDepartment(
  db: Kysely<StoreSchema>,
  url: string,
  backupFolder: string,
  now = new Date(),
): Promise<{ fromVersion: number; toVersion: number; backup: DepartmentBackup | null }> {
  const upgrade = await pendingUpgrade(db, postgresMigrations.length);
  const backup = upgrade.holdsStudents && upgrade.fromVersion < upgrade.toVersion ? await backupDepartment(url, backupFolder, 'before-upgrade', now) : null;
  const { fromVersion, toVersion } = await migratePostgres(db);
  return { fromVersion, toVersion, backup };
}

/** The folder of the server's pg_dump files under its data folder (`counselor serve --data-dir`). */
export function departmentBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

const DUMP_NAME = /^department-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(.+)\.dump$/;


/**
 * The pg_dump files this server took (backupDepartment), newest first, as the Backups page lists a
 * workstation's: when, why, size. Their students are not counted: a dump is read by pg_restore, and
 * the department's other backups are the district's own, which this server does not see.
 */
export function listDepartmentBackups(folder: string): Backup[] {
  if (!existsSync(folder)) return [];
  const backups: Backup[] = [];
  for (const file of readdirSync(folder)) {
    const named = DUMP_NAME.exec(file);
    if (!named) continue;
    const [, day, h, m, s, ms, reason] = named;
    const path = join(folder, file);
    backups.push({ path, file, takenAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason!, bytes: statSync(path).size, students: null, problem: DUMP_NOTE });
  }
  return backups.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/**
 * store.restore on the server: the application never replaces the department's database under
 * signed-in counselors; district IT restores a dump with pg_restore while the server is stopped.
 */
export function departmentRestoreRefusal(file: string, folder: string | null): CounselorError {
  const where = folder ? join(folder, file) : file;
  return new CounselorError(
    'conflict',
    `The department database is restored by district IT, not from this page: stop the server, restore ${where} with pg_restore into an empty database owned by the server's role, and serve that database (README, "Backups of the department database").`,
  );
}
