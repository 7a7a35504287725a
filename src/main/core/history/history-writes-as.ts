import type { Transaction } from 'kysely';
import type { Catalog, SubjectArea } from '../../../shared/domain/catalog';
import type { CourseMatchRequest, HistoryImportReport, UnmatchedCourse } from '../../../shared/domain/history';
import type { DepartmentMapping } from '../courses/catalog-departments';
import type { Flag, StoreSchema } from '../store/store-schema';
import type { HistoryComparison, StoredRow } from './compare';
import { matchKeyOf, notInCatalog } from './course-match';
import { asCourseRows, creditTypeMappingOf, unmatchedBy, type StoredCourseRow } from './credit-types';
import { logHistoryImportIn } from './log';
import { recordAudits } from '../audit/log';
import type { Actor } from '../accounts/actor';
import { historyAuditRecords } from './audit';
import { courseMatcher, type CourseMatcher } from './match';
import { mappingByHeader, reportOf } from './outcome';
import type { HistoryReading } from './read-history';

/*
 * What the course history import reads and writes on the department server, on the typed layer
 * inside the caller's transaction: the twins of import.ts's, compare.ts's and credit-types.ts's
 * SQLite statements, writing the same columns from the same comparison.
 */

type Trx = Transaction<StoreSchema>;
/** Student numbers per IN list, and rows per INSERT (18 columns): well under PostgreSQL's 65,535 parameters. */
const NUMBERS = 5_000;
const ROWS = 2_000;

function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** The stored rows of `numbers`, each student's by record key (compare.ts compareRows), and every stated GPA. */
export async function storedHistoryIn(trx: Trx, numbers: readonly string[]): Promise<{ rows: Map<string, StoredRow[]>; gpa: Map<string, string> }> {
  const rows = new Map<string, StoredRow[]>();
  for (const part of chunks(numbers, NUMBERS)) {
    const found = await trx.selectFrom('course_history').selectAll().where('student_number', 'in', part).orderBy('student_number').orderBy('record_key').execute();
    for (const { import_id: _import, updated_at: _at, ...r } of found) {
      const row = r as unknown as StoredRow;
      const list = rows.get(row.student_number);
      if (list) list.push(row);
      else rows.set(row.student_number, [row]);
    }
  }
  const gpa = await trx.selectFrom('history_student').select(['student_number', 'gpa']).execute();
  return { rows, gpa: new Map(gpa.map((g) => [g.student_number, g.gpa])) };
}

/** The credit-type mapping: the counselor's choices for this import over the remembered words. */
export async function creditTypeMappingIn(trx: Trx, chosen?: Readonly<Record<string, SubjectArea>>): Promise<DepartmentMapping> {
  const words = await trx.selectFrom('catalog_department').select(['department_key', 'area']).execute();
  return creditTypeMappingOf(new Map(words.map((w) => [w.department_key, w.area as SubjectArea])), chosen);
}

/** The transcript course matcher over `catalog` and the counselor's remembered matches. */
export async function courseMatcherIn(trx: Trx, catalog: Catalog): Promise<CourseMatcher> {
  const matches = await trx.selectFrom('history_course_match').select(['course_key', 'catalog_number']).execute();
  return courseMatcher(catalog, new Map(matches.map((m) => [m.course_key, m.catalog_number])));
}

/** Across the whole store: every transcript course not excluded the catalog does not know (credit-types.ts storeUnmatched). */
export async function storeUnmatchedIn(trx: Trx, catalog: Catalog): Promise<UnmatchedCourse[]> {
  const rows = await trx
    .selectFrom('course_history')
    .select(['student_number as studentNumber', 'course_number as courseNumber', 'state_code as stateCode', 'title', 'credit_type as creditType', 'excluded'])
    .where('excluded', '=', 0)
    .execute();
  return unmatchedBy(await courseMatcherIn(trx, catalog), asCourseRows(rows as StoredCourseRow[]), await creditTypeMappingIn(trx));
}

/** course-match.ts matchCourse's twin: remembers (or, with null, forgets) a transcript course's catalog course. */
export async function matchCourseIn(trx: Trx, catalog: Catalog, request: CourseMatchRequest, now = new Date()): Promise<void> {
  const key = matchKeyOf(request);
  if (request.catalogNumber === null) {
    await trx.deleteFrom('history_course_match').where('course_key', '=', key).execute();
    return;
  }
  const course = catalog.courses.get(request.catalogNumber);
  if (!course) throw notInCatalog(request.catalogNumber);
  const row = { course_key: key, course_number: request.courseNumber, title: request.title, catalog_number: course.number, updated_at: now.toISOString() };
  await trx
    .insertInto('history_course_match')
    .values(row)
    .onConflict((oc) => oc.column('course_key').doUpdateSet({ course_number: row.course_number, title: row.title, catalog_number: row.catalog_number, updated_at: row.updated_at }))
    .execute();
}

const bit = (b: boolean): Flag => (b ? 1 : 0);

/** Everything the import writes, as import.ts's commit; answers the report with its id in the log. */
export async function commitHistoryIn(trx: Trx, actor: Actor | null, reading: HistoryReading, c: HistoryComparison, mapping: DepartmentMapping, matcher: CourseMatcher, now: Date): Promise<HistoryImportReport> {
  const at = now.toISOString();
  for (const [key, { department, area }] of mapping.chosen) {
    await trx
      .insertInto('catalog_department')
      .values({ department_key: key, department, area, updated_at: at })
      .onConflict((oc) => oc.column('department_key').doUpdateSet({ department, area, updated_at: at }))
      .execute();
  }
  // No backup file: the department database is backed up by the district's own PostgreSQL backups; the import is one transaction.
  const report = reportOf(reading, c, unmatchedBy(matcher, reading.rows, mapping), null, now);
  const importId = await logHistoryImportIn(trx, report);
  await recordAudits(trx, actor, historyAuditRecords(c, importId, reading.fileName), now);
  const columns = (r: HistoryComparison['added'][number]) => ({
    school_year: r.schoolYear, grade_level: r.gradeLevel, term: r.term, progress: bit(r.progress), course_number: r.courseNumber, state_code: r.stateCode,
    title: r.title, credit_type: r.creditType, grade: r.grade, result: r.result, credits_earned: r.creditsEarned, credits_attempted: r.creditsAttempted,
    excluded: bit(r.excluded), missing: 0 as Flag, import_id: importId, updated_at: at,
  });
  for (const part of chunks(c.added, ROWS)) {
    await trx.insertInto('course_history').values(part.map((r) => ({ student_number: r.studentNumber, record_key: r.recordKey, ...columns(r) }))).execute();
  }
  for (const { row, id } of c.updated) await trx.updateTable('course_history').set(columns(row)).where('id', '=', id).execute();
  for (const part of chunks(c.missing.map((m) => m.id), NUMBERS)) {
    await trx.updateTable('course_history').set({ missing: 1, updated_at: at }).where('id', 'in', part).execute();
  }
  for (const part of chunks([...c.gpa], ROWS)) {
    await trx
      .insertInto('history_student')
      .values(part.map(([student_number, gpa]) => ({ student_number, gpa, import_id: importId, updated_at: at })))
      .onConflict((oc) => oc.column('student_number').doUpdateSet((eb) => ({ gpa: eb.ref('excluded.gpa'), import_id: eb.ref('excluded.import_id'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }
  await trx
    .insertInto('roster_mapping')
    .values({ header_key: reading.mappingKey, mapping: JSON.stringify(mappingByHeader(reading)), updated_at: at })
    .onConflict((oc) => oc.column('header_key').doUpdateSet((eb) => ({ mapping: eb.ref('excluded.mapping'), updated_at: eb.ref('excluded.updated_at') })))
    .execute();
  return { importId, ...report };
}
