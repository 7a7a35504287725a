import { sql, type Transaction } from 'kysely';
import type { Catalog, SubjectArea } from '../../../shared/domain/catalog';
import type { FrameworkEdition } from '../../../shared/domain/framework-choice';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanYear, ProgramOfStudy } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { Student } from '../../../shared/domain/student';
import { catalogIn } from '../courses/catalog-reads';
import { toRecord, type HistoryRecordRow } from '../history/repository';
import { toProgram, type ProgramRecord } from '../programs/repository';
import { requirementSetsIn } from '../requirements/requirements-as';
import { studentIn } from '../students/student-reads';
import type { StoreSchema } from '../store/store-schema';
import { newPlanEditionIn } from './framework-year';
import type { PlanViewContext } from './resolve';
import { reviewWindow, type ReviewWindow } from './status';
import { transcriptReaderOf, type TranscriptReader } from './transcript-source';

/*
 * What a plan view is resolved against (plans/resolve.ts buildPlanView, which is pure), read on
 * the typed layer inside the caller's transaction: the department server's reads on PostgreSQL,
 * as the signed-in counselor. The rows become domain values through the same mappers the
 * workstation's synchronous repositories use (toCourse, toProgram, toRecord, toStudent,
 * toRequirementSet), so the two stores differ only in how the rows are fetched. The workstation
 * keeps its synchronous readers: they are several times faster over better-sqlite3.
 */

type Trx = Transaction<StoreSchema>;

// The typed student read lives with the students (conferences read it too); still importable from here.
export { findStudentIn, studentIn } from '../students/student-reads';
// The typed catalog read lives with the courses (the catalog import reads it too).
export { catalogIn };
// The typed requirement sets live with the requirements (requirements.get reads them too).
export { requirementSetsIn };

/** Programs in framework order (by pathway), then by name folded as the workstation's NOCASE does. */
export async function programsIn(trx: Trx): Promise<ProgramOfStudy[]> {
  const [records, courses] = await Promise.all([
    trx
      .selectFrom('program')
      .innerJoin('career_pathway as p', 'p.code', 'program.pathway_code')
      .innerJoin('career_cluster as c', 'c.code', 'p.cluster_code')
      .selectAll('program')
      .orderBy('c.position')
      .orderBy('p.position')
      .orderBy(sql`lower(program.name)`)
      .orderBy('program.id')
      .execute(),
    trx.selectFrom('program_course').select(['program_id', 'year', 'course_code']).orderBy('program_id').orderBy('year').orderBy('position').execute(),
  ]);
  return records.map((r) =>
    toProgram(r as unknown as ProgramRecord, (courses as { program_id: string; year: PlanYear; course_code: string }[]).filter((c) => c.program_id === r.id)),
  );
}

/** The transcript reader (transcript-source.ts) over the counselor's remembered matches and the credit-type words. */
export async function transcriptReaderIn(trx: Trx, catalog: Catalog): Promise<TranscriptReader> {
  const [matches, departments] = await Promise.all([
    trx.selectFrom('history_course_match').select(['course_key', 'catalog_number']).execute(),
    trx.selectFrom('catalog_department').select(['department_key', 'area']).execute(),
  ]);
  return transcriptReaderOf(catalog, new Map(matches.map((m) => [m.course_key, m.catalog_number])), {
    chosen: new Map(),
    remembered: new Map(departments.map((d) => [d.department_key, d.area as SubjectArea])),
  });
}

/** The review window as of `today` (plans/school-year.ts reviewWindowIn's typed twin). */
export async function reviewWindowOf(trx: Trx, today: Date): Promise<ReviewWindow> {
  const year = await trx.selectFrom('school_year_start').select(['school_year', 'started_on']).where('undone_at', 'is', null)
    .orderBy('school_year', 'desc').limit(1).executeTakeFirst();
  return reviewWindow(today, year ? { schoolYear: year.school_year, startedOn: year.started_on } : null);
}

/** The catalog as a lookup, from catalogIn's lists. */
export function catalogOf(listed: Awaited<ReturnType<typeof catalogIn>>): Catalog {
  return { courses: new Map(listed.courses.map((c) => [c.number, c])), postsecondary: new Map(listed.postsecondary.map((e) => [e.code, e])) };
}

/** Everything a plan change and its plan view need, read in one transaction. */
export interface PlanReads {
  student: Student;
  catalog: Catalog;
  programs: ProgramOfStudy[];
  /** The view's context for `plan` (the stored one, or as a change would leave it). */
  contextFor(plan: Plan | null): PlanViewContext;
}

/**
 * What every plan view of the school is resolved against, read once: a single plan's reads, a
 * print run's (print/print-as.ts reads it once for the whole stack, as the workstation's
 * PlanViewSource does) and a change's.
 */
export interface SchoolReads {
  catalog: Catalog;
  programs: ProgramOfStudy[];
  requirementsFor(classYear: number | null): RequirementSet;
  transcript: TranscriptReader;
  today: Date;
  window: ReviewWindow;
  /** The framework a plan made now starts on (framework-year.ts). */
  newPlanEdition: FrameworkEdition;
}

export async function schoolReadsIn(trx: Trx, today: Date): Promise<SchoolReads> {
  const [listed, programs, requirementsFor, window, newPlanEdition] = await Promise.all([
    catalogIn(trx), programsIn(trx), requirementSetsIn(trx), reviewWindowOf(trx, today), newPlanEditionIn(trx, today),
  ]);
  const catalog = catalogOf(listed);
  return { catalog, programs, requirementsFor, transcript: await transcriptReaderIn(trx, catalog), today, window, newPlanEdition };
}

/** One student's part of a plan view's reads, over the school's. */
export async function studentReadsIn(trx: Trx, school: SchoolReads, studentNumber: string): Promise<PlanReads> {
  const student = await studentIn(trx, studentNumber);
  const [history, gpa, undo, stored] = await Promise.all([
    trx.selectFrom('course_history').selectAll().where('student_number', '=', studentNumber)
      .orderBy('school_year').orderBy('grade_level').orderBy('term').orderBy('id').execute(),
    trx.selectFrom('history_student').select('gpa').where('student_number', '=', studentNumber).executeTakeFirst(),
    trx.selectFrom('plan_history').select('id').where('student_number', '=', studentNumber).limit(1).executeTakeFirst(),
    trx.selectFrom('plan').select('revision').where('student_number', '=', studentNumber).executeTakeFirst(),
  ]);
  const { catalog, programs } = school;
  const transcript = school.transcript((history as unknown as HistoryRecordRow[]).map(toRecord), student.classYear);
  const requirements = school.requirementsFor(student.classYear);
  return {
    student,
    catalog,
    programs,
    contextFor: (plan) => ({
      catalog,
      transcript,
      gpa: gpa?.gpa ?? null,
      requirements,
      program: plan?.programId ? (programs.find((p) => p.id === plan.programId) ?? null) : null,
      canUndo: undo !== undefined,
      revision: stored?.revision ?? 0,
      today: school.today,
      reviewWindow: school.window,
      newPlanEdition: school.newPlanEdition,
    }),
  };
}

export async function planReadsIn(trx: Trx, studentNumber: string, today: Date): Promise<PlanReads> {
  return studentReadsIn(trx, await schoolReadsIn(trx, today), studentNumber);
}
