import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
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
