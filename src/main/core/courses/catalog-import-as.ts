import type { Kysely, Transaction } from 'kysely';
import { Course as CourseSchema, type Course, type SubjectArea } from '../../../shared/domain/catalog';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { refuseIfSampleSchoolIn } from '../store/sample-record';
import type { StoreSchema } from '../store/store-schema';
import { catalogIn } from './catalog-reads';
import { choicesToRemember, compareCatalog, readCatalogOver, withCourses, type CatalogImportOptions, type CatalogImportReport } from './catalog-import';
import { checkCourseReferences, courseRow } from './repository';

/*
 * The catalog import on the department server, as the signed-in lead: the workstation's reading,
 * department mapping and comparison (catalog-import.ts readCatalogOver, compareCatalog,
 * choicesToRemember) over the courses and remembered departments read here, and the write in
 * one writeAs transaction that compares again on what it then writes upon (a course edited since
 * the preview is built upon, never overwritten by a stale difference). The workstation's import
 * answers at once (no job), so this one does too. No backup file: the department database is
 * backed up by the district's own PostgreSQL backups. Who may write is the database's
 * (migration 15: a lead, the operator); its refusal is the gate's sentence (api/department-imports.ts).
 */

type Trx = Transaction<StoreSchema>;
type Options = Pick<CatalogImportOptions, 'sheet' | 'areas'>;

/** catalog-departments.ts rememberedDepartments' twin. */
async function rememberedDepartmentsIn(trx: Trx): Promise<Map<string, SubjectArea>> {
  const rows = await trx.selectFrom('catalog_department').select(['department_key', 'area']).execute();
  return new Map(rows.map((r) => [r.department_key, r.area as SubjectArea]));
}

/** The file read against the department's catalog; refused first when the database holds the sample school. */
async function read(trx: Trx, bytes: Uint8Array, fileName: string, opts: Options) {
  await refuseIfSampleSchoolIn(trx, 'course catalog');
  const [{ courses }, remembered] = await Promise.all([catalogIn(trx), rememberedDepartmentsIn(trx)]);
  return withCourses(await readCatalogOver(bytes, fileName, opts, courses, remembered), fileName);
}

export function previewCatalogAs(db: Kysely<StoreSchema>, actor: Actor | null, bytes: Uint8Array, fileName: string, opts: Options = {}): Promise<CatalogImportReport> {
  return readAs(db, actor, async (trx) => {
    const reading = await read(trx, bytes, fileName, opts);
    return { fileName, ...compareCatalog(reading, (await catalogIn(trx)).courses).report };
  });
}

/** repository.ts saveCourses' twin inside the caller's transaction: references checked, each course upserted (retired kept), its pathways replaced. */
export async function saveCoursesIn(trx: Trx, inputs: readonly Course[], now: Date): Promise<void> {
  if (inputs.length === 0) return;
  const courses = inputs.map((c) => CourseSchema.parse(c));
  const [pathways, numbers] = await Promise.all([trx.selectFrom('career_pathway').select('code').execute(), trx.selectFrom('course').select('number').execute()]);
  checkCourseReferences(courses, new Set(pathways.map((p) => p.code)), new Set(numbers.map((n) => n.number)));
  const stamp = now.toISOString();
  for (const course of courses) {
    const row = courseRow(course, stamp);
    const { number: _n, retired: _r, ...changed } = row;
    await trx.insertInto('course').values(row).onConflict((oc) => oc.column('number').doUpdateSet(changed)).execute();
    await trx.deleteFrom('course_pathway').where('course_number', '=', course.number).execute();
    if (course.pathwayCodes.length > 0) {
      await trx.insertInto('course_pathway').values(course.pathwayCodes.map((p) => ({ course_number: course.number, pathway_code: p }))).execute();
    }
  }
}

/** The import: read and compared, then written in one SERIALIZABLE transaction with one school-wide audit entry. */
export async function importCatalogAs(db: Kysely<StoreSchema>, actor: Actor | null, bytes: Uint8Array, fileName: string, opts: Options = {}, now = new Date()): Promise<CatalogImportReport> {
  return writeAs(db, actor, async (trx) => {
    const reading = await read(trx, bytes, fileName, opts);
    const { report, changed } = compareCatalog(reading, (await catalogIn(trx)).courses);
    await saveCoursesIn(trx, changed, now);
    const at = now.toISOString();
    for (const [key, { department, area }] of choicesToRemember(reading)) {
      await trx.insertInto('catalog_department').values({ department_key: key, department, area, updated_at: at })
        .onConflict((oc) => oc.column('department_key').doUpdateSet({ department, area, updated_at: at })).execute();
    }
    const { added, updated, unchanged } = report;
    await recordAudit(trx, actor, { studentNumber: null, action: 'catalog.import', detail: { fileName, added, updated, unchanged, rejected: report.rejected.length } }, now);
    return { fileName, ...report };
  });
}
