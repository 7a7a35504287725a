import { sql, type Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import { loadSampleSchoolAs, removeSampleSchoolAs } from '../sample/sample-as';
import { departmentRestoreRefusal, listDepartmentBackups } from '../store/department-backup';
import { departmentStorePath } from '../../../shared/domain/backup';
import { sampleStatusIn } from '../store/sample-record';
import type { StoreSchema } from '../store/store-schema';
import type { SomeHandlers } from './department';
import { schoolChange } from './department-edits';

/**
 * What the pages ask of the store itself, on the department server: where it is (the database by
 * name and server, never a password), its version, how many students the signed-in counselor's
 * reads see, and whether it holds the sample school (the banner at the top of every page), which
 * a lead loads into an empty department database for training and removes (sample/sample-as.ts); the
 * pg_dump files the server took (an admin's, method-roles.ts), and the sentence that says who
 * restores one (store/department-backup.ts). `backupFolder` null: the command run away from the
 * server's data folder, which lists none.
 */
export function departmentStoreHandlers(db: Kysely<StoreSchema>, actor: Actor | null, backupFolder: string | null): SomeHandlers {
  return {
    'store.info': () =>
      readAs(db, actor, async (trx) => {
        const { rows } = await sql<{ database: string; host: string | null; port: number | null; version: number | null; students: number | string }>`
          SELECT current_database() AS database, host(inet_server_addr()) AS host, inet_server_port() AS port,
                 (SELECT max(version) FROM schema_version) AS version, (SELECT count(*) FROM student) AS students`.execute(trx);
        const r = rows[0]!;
        const where = r.host === null ? 'this computer' : `${r.host}:${r.port}`;
        return { path: departmentStorePath(r.database, where), schemaVersion: r.version ?? 0, studentCount: Number(r.students) };
      }),
    'sample.status': () => readAs(db, actor, (trx) => sampleStatusIn(trx)),
    'sample.load': () => schoolChange(actor, 'sample.load', () => loadSampleSchoolAs(db, actor)),
    'sample.remove': () => schoolChange(actor, 'sample.remove', () => removeSampleSchoolAs(db, actor)),
    'store.backups': async () => ({ backups: backupFolder === null ? [] : listDepartmentBackups(backupFolder) }),
    'store.restore': async ({ file }) => {
      throw departmentRestoreRefusal(file, backupFolder);
    },
  };
}
