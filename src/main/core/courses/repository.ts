import type { Database as Db } from 'better-sqlite3';
import {
  Course as CourseSchema,
  PostsecondaryEntry as PostsecondarySchema,
  type Catalog,
  type Course,
  type CourseInput,
  type PostsecondaryEntry,
} from '../../../shared/domain/catalog';
import { CounselorError } from '../../../shared/errors';
import { writeTransaction } from '../store/transaction';

export interface CourseRecord {
  number: string;
  title: string;
  credits: number;
  area: Course['area'];
  grades: string;
  length: Course['length'];
  prerequisites: string;
  cte: number;
  ap: number;
  ib: number;
  honors: number;
  dual_credit: Course['flags']['dualCredit'];
  repeatable: number;
  tags: string;
  sced_code: string | null;
  state_code: string | null;
  retired: number;
}

export interface PostsecondaryRecord {
  code: string;
  institution: string;
  program: string;
  course: string;
  credential_type: PostsecondaryEntry['credentialType'];
  credits: number | null;
}

export function toCourse(r: CourseRecord, pathways: readonly string[]): Course {
  return {
    number: r.number,
    title: r.title,
    credits: r.credits,
    area: r.area,
    grades: JSON.parse(r.grades) as number[],
    length: r.length,
    prerequisites: JSON.parse(r.prerequisites) as string[][],
    flags: { cte: r.cte === 1, ap: r.ap === 1, ib: r.ib === 1, honors: r.honors === 1, dualCredit: r.dual_credit },
    repeatable: r.repeatable === 1,
    tags: JSON.parse(r.tags) as string[],
    scedCode: r.sced_code,
    stateCode: r.state_code,
    pathwayCodes: [...pathways],
    retired: r.retired === 1,
  };
}

/** Every course, ordered by course number (the order a catalog prints in). */
export function listCourses(db: Db): Course[] {
  const pathways = new Map<string, string[]>();
  for (const p of db
    .prepare('SELECT course_number, pathway_code FROM course_pathway ORDER BY course_number, pathway_code')
    .iterate() as Iterable<{ course_number: string; pathway_code: string }>) {
    pathways.set(p.course_number, [...(pathways.get(p.course_number) ?? []), p.pathway_code]);
  }
  const rows = db.prepare('SELECT * FROM course ORDER BY number').all() as CourseRecord[];
  return rows.map((r) => toCourse(r, pathways.get(r.number) ?? []));
}

export function findCourse(db: Db, number: string): Course | null {
  const r = db.prepare('SELECT * FROM course WHERE number = ?').get(number) as CourseRecord | undefined;
  if (!r) return null;
  const pathways = db
    .prepare('SELECT pathway_code FROM course_pathway WHERE course_number = ? ORDER BY pathway_code')
    .pluck()
    .all(number) as string[];
  return toCourse(r, pathways);
}

export function getCourse(db: Db, number: string): Course {
  const course = findCourse(db, number);
  if (!course) throw noSuchCourse(number);
  return course;
}

/** The one sentence for a course number the catalog does not hold (both stores). */
export function noSuchCourse(number: string): CounselorError {
  return new CounselorError('not_found', `No course numbered ${number} is in the catalog.`);
}

/** Pathways must exist; prerequisites must name courses in the catalog or in the same batch. */
function assertReferencesExist(db: Db, courses: readonly Course[]): void {
  const pathways = new Set(db.prepare('SELECT code FROM career_pathway').pluck().all() as string[]);
  const numbers = new Set(db.prepare('SELECT number FROM course').pluck().all() as string[]);
  checkCourseReferences(courses, pathways, numbers);
}

/**
 * The rule itself, over what the store holds (either store's reads): the framework's pathway
 * codes and the catalog's course numbers; the batch's own numbers count as in the catalog.
 */
export function checkCourseReferences(courses: readonly Course[], pathways: ReadonlySet<string>, catalog: ReadonlySet<string>): void {
  const numbers = new Set([...catalog, ...courses.map((c) => c.number)]);
  for (const c of courses) {
    const unknown = c.pathwayCodes.filter((p) => !pathways.has(p));
    if (unknown.length > 0) {
      throw new CounselorError('invalid_input', `Course ${c.number} names career pathway ${unknown.join(', ')}, which the framework does not have.`);
    }
    const prereqs = c.prerequisites.flat();
    const missing = prereqs.filter((n) => !numbers.has(n));
    if (missing.length > 0) {
      throw new CounselorError('invalid_input', `Course ${c.number} has prerequisite ${missing.join(', ')}, which is not in the catalog.`);
    }
    if (prereqs.includes(c.number)) {
      throw new CounselorError('invalid_input', `Course ${c.number} cannot be its own prerequisite.`);
    }
  }
}

/**
 * Inserts or updates courses (and their pathway tags). Courses not given are left as they are:
 * nothing in the catalog is removed by saving or importing. Whether a course is retired is set
 * on insert only: an update (an edit, a catalog import) never brings a retired course back.
 * All or nothing, inside the caller's transaction when there is one.
 */
export function saveCourses(db: Db, inputs: readonly CourseInput[], now = new Date()): Course[] {
  const courses = inputs.map((c) => CourseSchema.parse(c));
  assertReferencesExist(db, courses);
  const upsert = db.prepare(
    `INSERT INTO course (number, title, credits, area, grades, length, prerequisites, cte, ap, ib, honors,
        dual_credit, repeatable, tags, sced_code, state_code, retired, updated_at)
     VALUES (@number, @title, @credits, @area, @grades, @length, @prerequisites, @cte, @ap, @ib, @honors,
        @dual_credit, @repeatable, @tags, @sced_code, @state_code, @retired, @updated_at)
     ON CONFLICT (number) DO UPDATE SET title = excluded.title, credits = excluded.credits, area = excluded.area,
        grades = excluded.grades, length = excluded.length, prerequisites = excluded.prerequisites,
        cte = excluded.cte, ap = excluded.ap, ib = excluded.ib, honors = excluded.honors,
        dual_credit = excluded.dual_credit, repeatable = excluded.repeatable, tags = excluded.tags,
        sced_code = excluded.sced_code, state_code = excluded.state_code, updated_at = excluded.updated_at`,
  );
  const clearPathways = db.prepare('DELETE FROM course_pathway WHERE course_number = ?');
  const addPathway = db.prepare('INSERT INTO course_pathway (course_number, pathway_code) VALUES (?, ?)');
  const stamp = now.toISOString();
  writeTransaction(db, () => {
    for (const c of courses) {
      upsert.run(courseRow(c, stamp));
      clearPathways.run(c.number);
      for (const p of c.pathwayCodes) addPathway.run(c.number, p);
    }
  });
  return courses;
}

/** A course as its row (toCourse's inverse; the pathways are rows of their own): both stores write this. */
export function courseRow(c: Course, updatedAt: string) {
  const flag = (on: boolean) => (on ? 1 : 0) as 0 | 1;
  return {
    number: c.number,
    title: c.title,
    credits: c.credits,
    area: c.area,
    grades: JSON.stringify(c.grades),
    length: c.length,
    prerequisites: JSON.stringify(c.prerequisites),
    cte: flag(c.flags.cte),
    ap: flag(c.flags.ap),
    ib: flag(c.flags.ib),
    honors: flag(c.flags.honors),
    dual_credit: c.flags.dualCredit,
    repeatable: flag(c.repeatable),
    tags: JSON.stringify(c.tags),
    sced_code: c.scedCode,
    state_code: c.stateCode,
    retired: flag(c.retired),
    updated_at: updatedAt,
  };
}

/** A postsecondary entry from its row (either store). */
export function toPostsecondary(r: PostsecondaryRecord): PostsecondaryEntry {
  return { code: r.code, institution: r.institution, program: r.program, course: r.course, credentialType: r.credential_type, credits: r.credits };
}

export function listPostsecondary(db: Db): PostsecondaryEntry[] {
  const rows = db.prepare('SELECT * FROM postsecondary_entry ORDER BY institution, program, code').all() as PostsecondaryRecord[];
  return rows.map(toPostsecondary);
}

export function savePostsecondary(db: Db, inputs: readonly PostsecondaryEntry[]): void {
  const entries = inputs.map((e) => PostsecondarySchema.parse(e));
  const upsert = db.prepare(
    `INSERT INTO postsecondary_entry (code, institution, program, course, credential_type, credits)
     VALUES (@code, @institution, @program, @course, @credentialType, @credits)
     ON CONFLICT (code) DO UPDATE SET institution = excluded.institution, program = excluded.program,
        course = excluded.course, credential_type = excluded.credential_type, credits = excluded.credits`,
  );
  writeTransaction(db, () => {
    for (const e of entries) upsert.run(e);
  });
}

/** The whole catalog keyed for lookups: what plan checks and program application read. */
export function loadCatalog(db: Db): Catalog {
  return {
    courses: new Map(listCourses(db).map((c) => [c.number, c])),
    postsecondary: new Map(listPostsecondary(db).map((e) => [e.code, e])),
  };
}
