import { sql, type Kysely, type Transaction } from 'kysely';
import { Course as CourseSchema, PostsecondaryEntry as PostsecondarySchema, type Course, type CourseInput, type PostsecondaryEntry } from '../../../shared/domain/catalog';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { courseTaken, notInCatalog } from './course-edits';
import { checkCourseReferences, courseRow, noSuchCourse, toCourse, toPostsecondary, type CourseRecord, type PostsecondaryRecord } from './repository';

/*
 * The catalog edited on the department server (courses.add/edit/retire, courses.plans,
 * postsecondary.save), as the signed-in account: the workstation's checks and sentences
 * (course-edits.ts courseTaken, notInCatalog; repository.ts checkCourseReferences, noSuchCourse)
 * and row mapping (courseRow, toCourse) over typed reads and writes, each change one writeAs
 * transaction with one school-wide audit entry (no student: a course's credits or area change
 * what every plan holding it counts, and the department should know who changed them). Who may
 * write the catalog is the database's row-level security (migration 15: a lead, the operator):
 * a refused INSERT fails with 42501, a refused UPDATE finds no row (refusedByPolicy).
 */

type Trx = Transaction<StoreSchema>;

async function findCourseIn(trx: Trx, number: string): Promise<Course | null> {
  const row = await trx.selectFrom('course').selectAll().where('number', '=', number).executeTakeFirst();
  if (!row) return null;
  const pathways = await trx.selectFrom('course_pathway').select('pathway_code').where('course_number', '=', number).orderBy('pathway_code').execute();
  return toCourse(row as unknown as CourseRecord, pathways.map((p) => p.pathway_code));
}

export async function courseIn(trx: Trx, number: string): Promise<Course> {
  const course = await findCourseIn(trx, number);
  if (!course) throw noSuchCourse(number);
  return course;
}

/** repository.ts saveCourses for one course: parsed, its references checked against the store, its pathways replaced. */
async function writeCourse(trx: Trx, input: CourseInput, retired: boolean, insert: boolean, now: Date): Promise<Course> {
  const course = CourseSchema.parse({ ...input, retired });
  const [pathways, numbers] = await Promise.all([
    trx.selectFrom('career_pathway').select('code').execute(),
    trx.selectFrom('course').select('number').execute(),
  ]);
  checkCourseReferences([course], new Set(pathways.map((p) => p.code)), new Set(numbers.map((n) => n.number)));
  const row = courseRow(course, now.toISOString());
  if (insert) {
    await trx.insertInto('course').values(row).execute();
  } else {
    // Whether it is retired stays as it was: an edit never brings a retired course back.
    const { number: _n, retired: _r, ...changed } = row;
    const { numUpdatedRows } = await trx.updateTable('course').set(changed).where('number', '=', course.number).executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) throw refusedByPolicy('course');
  }
  await trx.deleteFrom('course_pathway').where('course_number', '=', course.number).execute();
  if (course.pathwayCodes.length > 0) {
    await trx.insertInto('course_pathway').values(course.pathwayCodes.map((p) => ({ course_number: course.number, pathway_code: p }))).execute();
  }
  return courseIn(trx, course.number);
}

export function addCourseAs(db: Kysely<StoreSchema>, actor: Actor | null, input: CourseInput, now = new Date()): Promise<Course> {
  return writeAs(db, actor, async (trx) => {
    const number = String(input.number ?? '').trim();
    // The workstation's COLLATE NOCASE: "eng101" typed for ENG101 is the same course.
    const same = await trx.selectFrom('course').select('number').where(sql<boolean>`lower(number) = lower(${number})`)
      .orderBy(sql`number = ${number}`, 'desc').limit(1).executeTakeFirst();
    if (same) throw courseTaken(await courseIn(trx, same.number));
    const course = await writeCourse(trx, input, false, true, now);
    await recordAudit(trx, actor, { studentNumber: null, action: 'courses.add', detail: { course } }, now);
    return course;
  });
}

export function editCourseAs(db: Kysely<StoreSchema>, actor: Actor | null, input: CourseInput, now = new Date()): Promise<Course> {
  return writeAs(db, actor, async (trx) => {
    const number = String(input.number ?? '').trim();
    const before = await findCourseIn(trx, number);
    if (!before) throw notInCatalog(number);
    const after = await writeCourse(trx, input, before.retired, false, now);
    await recordAudit(trx, actor, { studentNumber: null, action: 'courses.edit', detail: { before, after } }, now);
    return after;
  });
}

export function retireCourseAs(db: Kysely<StoreSchema>, actor: Actor | null, number: string, retired: boolean, now = new Date()): Promise<Course> {
  return writeAs(db, actor, async (trx) => {
    await courseIn(trx, number);
    const { numUpdatedRows } = await trx.updateTable('course').set({ retired: retired ? 1 : 0, updated_at: now.toISOString() }).where('number', '=', number).executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) throw refusedByPolicy('course');
    await recordAudit(trx, actor, { studentNumber: null, action: 'courses.retire', detail: { number, retired } }, now);
    return courseIn(trx, number);
  });
}

/** course-edits.ts plansHoldingCourse: how many students' plans hold the course (every counselor reads every plan). */
export function coursePlansAs(db: Kysely<StoreSchema>, actor: Actor | null, number: string): Promise<{ number: string; plans: number }> {
  return readAs(db, actor, async (trx) => {
    const course = await courseIn(trx, number);
    const row = await trx.selectFrom('plan_course').select(sql<number>`count(DISTINCT student_number)`.as('plans')).where('course_number', '=', number).executeTakeFirstOrThrow();
    return { number: course.number, plans: Number(row.plans) };
  });
}

export function savePostsecondaryAs(db: Kysely<StoreSchema>, actor: Actor | null, input: PostsecondaryEntry, now = new Date()): Promise<PostsecondaryEntry> {
  const entry = PostsecondarySchema.parse(input);
  return writeAs(db, actor, async (trx) => {
    const row = { code: entry.code, institution: entry.institution, program: entry.program, course: entry.course, credential_type: entry.credentialType, credits: entry.credits };
    const { code: _c, ...changed } = row;
    await trx.insertInto('postsecondary_entry').values(row).onConflict((oc) => oc.column('code').doUpdateSet(changed)).execute();
    const saved = await trx.selectFrom('postsecondary_entry').selectAll().where('code', '=', entry.code).executeTakeFirst();
    if (!saved) throw refusedByPolicy('postsecondary_entry');
    await recordAudit(trx, actor, { studentNumber: null, action: 'postsecondary.save', detail: { entry } }, now);
    return toPostsecondary(saved as unknown as PostsecondaryRecord);
  });
}
