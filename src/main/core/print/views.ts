import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { FrameworkEdition } from '../../../shared/domain/framework-choice';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { PrintSelection } from '../../../shared/domain/print';
import type { Student } from '../../../shared/domain/student';
import { CounselorError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { loadCatalog } from '../courses/repository';
import { readStudentHistory, statedGpa } from '../history/repository';
import { buildPlanView, canUndo, planRevision } from '../plans/resolve';
import { transcriptReader, type TranscriptReader } from '../plans/transcript-source';
import { readPlan } from '../plans/repository';
import { reviewWindowIn } from '../plans/school-year';
import { newPlanEdition } from '../plans/framework-year';
import type { ReviewWindow } from '../plans/status';
import { findProgram } from '../programs/repository';
import { requirementSetLookup } from '../requirements/repository';
import { findStudent, listStudents } from '../students/repository';

/** Where a print run takes its plan views from: the workstation's file (PlanViewSource) or the department database (print-as.ts). */
export interface PlanViews {
  view(studentNumber: string): PlanView | Promise<PlanView>;
}

/**
 * Plan views for a batch: the catalog, requirement sets and programs are read once for the whole
 * evening's stack instead of once per student (resolvePlan reads them for one plan). Each view is
 * built when asked for, so a print job reads one student at a time between its cancel checks.
 */
export class PlanViewSource implements PlanViews {
  private readonly catalog: Catalog;
  private readonly requirements: (classYear: number | null) => RequirementSet;
  private readonly programs = new Map<string, ProgramOfStudy | null>();
  private readonly transcript: TranscriptReader;
  private readonly reviewWindow: ReviewWindow;
  private readonly newPlanEdition: FrameworkEdition;

  constructor(
    private readonly db: Db,
    private readonly today: Date,
  ) {
    this.catalog = loadCatalog(db);
    this.requirements = requirementSetLookup(db);
    this.transcript = transcriptReader(db, this.catalog);
    this.reviewWindow = reviewWindowIn(db, today);
    this.newPlanEdition = newPlanEdition(db, today);
  }

  view(studentNumber: string): PlanView {
    const student = findStudent(this.db, studentNumber);
    if (!student) throw new CounselorError('not_found', `No student with number ${studentNumber} is in the caseload.`);
    const plan = readPlan(this.db, studentNumber);
    return buildPlanView(student, plan, {
      catalog: this.catalog,
      transcript: this.transcript(readStudentHistory(this.db, studentNumber), student.classYear),
      gpa: statedGpa(this.db, studentNumber),
      requirements: this.requirements(student.classYear),
      program: plan?.programId ? this.program(plan.programId) : null,
      canUndo: canUndo(this.db, studentNumber),
      revision: planRevision(this.db, studentNumber),
      today: this.today,
      reviewWindow: this.reviewWindow,
      newPlanEdition: this.newPlanEdition,
    });
  }

  private program(id: string): ProgramOfStudy | null {
    if (!this.programs.has(id)) this.programs.set(id, findProgram(this.db, id));
    return this.programs.get(id) ?? null;
  }
}

/**
 * The students a print covers, in print order: a pasted list as pasted (the order of the evening's
 * conferences), otherwise active students in caseload order (by name). Unknown numbers in a list
 * are an error before anything prints; a selection matching no one is too.
 */
export function selectStudents(db: Db, selection: PrintSelection): string[] {
  // A pasted list needs only its own students read.
  return chooseStudents('studentNumbers' in selection ? listStudents(db, [...new Set(selection.studentNumbers)]) : listStudents(db), selection);
}

/** What choosing reads of a student. */
export type SelectableStudent = Pick<Student, 'studentNumber' | 'status' | 'grade' | 'counselor'>;

/** selectStudents' rule over students either store read, in caseload order (a pasted list: at least its own students). */
export function chooseStudents(students: readonly SelectableStudent[], selection: PrintSelection): string[] {
  if ('studentNumbers' in selection) {
    const numbers = [...new Set(selection.studentNumbers)];
    const known = new Set(students.map((s) => s.studentNumber));
    const unknown = numbers.filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new CounselorError('not_found', `No student with number ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''} is in the caseload.`, { unknown });
    }
    return numbers;
  }
  const active = students.filter((s) => s.status === 'active');
  let chosen = active;
  if ('grade' in selection) chosen = active.filter((s) => s.grade === selection.grade);
  else if ('counselor' in selection) {
    const wanted = foldForSearch(selection.counselor.trim());
    chosen = active.filter((s) => s.counselor !== null && foldForSearch(s.counselor.trim()) === wanted);
  }
  if (chosen.length === 0) throw new CounselorError('not_found', `No active student matches ${describeSelection(selection)}; nothing to print.`);
  return chosen.map((s) => s.studentNumber);
}

export function describeSelection(selection: PrintSelection): string {
  if ('studentNumbers' in selection) return `the ${selection.studentNumbers.length} listed students`;
  if ('grade' in selection) return `grade ${selection.grade}`;
  if ('counselor' in selection) return `counselor ${selection.counselor}`;
  return 'the caseload';
}
