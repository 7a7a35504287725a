import { sql, type Kysely } from 'kysely';
import type { DirectoryRow } from '../../../shared/domain/student';
import { readAs, type Actor } from '../accounts/actor';
import type { StoreSchema } from '../store/store-schema';
import { caseloadFieldsOf } from './repository';

/**
 * The directory of students, by name, through the typed layer: the same query on a workstation's
 * SQLite store and on the department server, where it runs as `actor` so the database's row-level
 * security decides which students this counselor sees. lower() folds ASCII only on both stores
 * (SQLite's built-in, PostgreSQL's on the store's "C"-collated text), as the caseload's NOCASE
 * does; ties break on the student number.
 */
export function listDirectory(db: Kysely<StoreSchema>, actor: Actor | null): Promise<DirectoryRow[]> {
  return readAs(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('student')
      .select(['student_number', 'first_name', 'middle_name', 'last_name', 'preferred_name', 'grade', 'class_year', 'counselor', 'homeroom', 'status'])
      .orderBy(sql`lower(last_name)`)
      .orderBy(sql`lower(first_name)`)
      .orderBy('student_number')
      .execute();
    return rows.map(caseloadFieldsOf);
  });
}
