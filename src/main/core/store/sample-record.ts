import type { Database as Db } from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { SampleStatus } from '../../../shared/domain/sample';
import { CounselorError } from '../../../shared/errors';
import type { StoreSchema } from './store-schema';

/**
 * The store's record of the sample school: whether it is there and which rows it put there. It
 * lives with the store, below the domains, because every import consults it (roster, catalog,
 * programs) while the sample itself (core/sample/) loads through those same domains.
 */

/** The kinds of rows the sample school adds, as `sample_item.kind` names them. */
export const SAMPLE_KINDS = ['student', 'course', 'program', 'postsecondary'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** The table and key column each kind of sample row lives in. */
export const SAMPLE_TABLES: Record<SampleKind, { table: string; key: string }> = {
  student: { table: 'student', key: 'student_number' },
  course: { table: 'course', key: 'number' },
  program: { table: 'program', key: 'id' },
  postsecondary: { table: 'postsecondary_entry', key: 'code' },
};

/** Marks the store as holding the sample school and lists the rows it added. Inside the caller's transaction. */
export function recordSampleSchool(db: Db, items: Record<SampleKind, readonly string[]>, now: Date, school: string): void {
  db.prepare('INSERT INTO sample_school (id, name, loaded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING').run(school, now.toISOString());
  const add = db.prepare('INSERT OR IGNORE INTO sample_item (kind, key) VALUES (?, ?)');
  for (const kind of SAMPLE_KINDS) for (const key of items[kind]) add.run(kind, key);
}

/** The sample school's name when the store holds it, else null. */
export function sampleSchoolName(db: Db): string | null {
  const name = db.prepare('SELECT name FROM sample_school WHERE id = 1').pluck().get() as string | undefined;
  return name ?? null;
}

/** Whether the store holds the sample school, and how many of each kind of its rows are still there. */
export function sampleStatus(db: Db): SampleStatus {
  const school = sampleSchoolName(db);
  const count = (kind: SampleKind) => {
    const { table, key } = SAMPLE_TABLES[kind];
    return db
      .prepare(`SELECT count(*) FROM ${table} WHERE ${key} IN (SELECT key FROM sample_item WHERE kind = ?)`)
      .pluck()
      .get(kind) as number;
  };
  return {
    loaded: school !== null,
    school,
    students: count('student'),
    courses: count('course'),
    programs: count('program'),
    postsecondary: count('postsecondary'),
  };
}

/** sampleStatus on the typed layer (a department moved in from a workstation that held the sample keeps its record). */
export async function sampleStatusIn(db: Kysely<StoreSchema>): Promise<SampleStatus> {
  const row = await db.selectFrom('sample_school').select('name').where('id', '=', 1).executeTakeFirst();
  const count = async (kind: SampleKind): Promise<number> => {
    const { table, key } = SAMPLE_TABLES[kind];
    const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(key)} IN (SELECT key FROM sample_item WHERE kind = ${kind})`.execute(db);
    return Number(rows[0]?.n ?? 0);
  };
  const [students, courses, programs, postsecondary] = await Promise.all(SAMPLE_KINDS.map(count));
  return { loaded: row !== undefined, school: row?.name ?? null, students: students!, courses: courses!, programs: programs!, postsecondary: postsecondary! };
}

/** What an import would bring in, for the refusal's last words. */
export type ImportKind = 'roster' | 'course catalog' | 'programs of study' | 'course history';

/**
 * The one check every import makes before it reads a byte: a real roster (or catalog, or set of
 * programs) must never meet the sample's invented students, courses and plans. The sample's
 * numbers are ordinary ones (100101 ...): a real student with the same number would otherwise
 * take over a sample student's plan.
 */
export function refuseIfSampleSchool(db: Db, what: ImportKind = 'roster'): void {
  const school = sampleSchoolName(db);
  if (school !== null) throw sampleSchoolRefusal(school, what);
}

/** The same check on the typed layer (the department server), inside the caller's transaction. */
export async function refuseIfSampleSchoolIn(db: Kysely<StoreSchema>, what: ImportKind = 'roster'): Promise<void> {
  const row = await db.selectFrom('sample_school').select('name').where('id', '=', 1).executeTakeFirst();
  if (row) throw sampleSchoolRefusal(row.name, what);
}

function sampleSchoolRefusal(school: string, what: ImportKind): CounselorError {
  return new CounselorError(
    'conflict',
    `This store holds the sample school (${school}). Remove the sample school first ("Remove sample school" at the top of every page, or the command counselor demo --remove), then import your ${what}.`,
  );
}
