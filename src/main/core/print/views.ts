import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { FrameworkEdition } from '../../../shared/domain/framework-choice';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { PrintSelection } from '../../../shared/domain/print';
import type { Student } from '../../../shared/domain/student';
import { CounselorError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { loadCatalog } from '../courses/repository';
import { readHistoryOf, readStudentHistory, statedGpa, type HistoryRecord } from '../history/repository';
import { buildPlanView, canUndo, planRevision, undoAndRevisions } from '../plans/resolve';
import { transcriptReader, type TranscriptReader } from '../plans/transcript-source';
import { readPlan, readPlansOf } from '../plans/repository';
import { reviewWindowIn } from '../plans/school-year';
import { newPlanEdition } from '../plans/framework-year';
import type { ReviewWindow } from '../plans/status';
import { findProgram } from '../programs/repository';
import { requirementSetLookup } from '../requirements/repository';
import { findStudent, findStudents, listStudents } from '../students/repository';

/** Where a print run takes its plan views from: the workstation's file (PlanViewSource) or the department database (print-as.ts). */
export interface PlanViews {
  view(studentNumber: string): PlanView | Promise<PlanView>;
}

/** What a plan view reads of one student. */
interface StudentReads {
  student: Student;
  plan: Plan | null;
  history: HistoryRecord[];
  gpa: string | null;
  canUndo: boolean;
  revision: number;
}

/** Students read at once: a page's rows are a few hundred kilobytes at most, and one page takes a few milliseconds. */
const PAGE = 50;

/**
 * Plan views for a batch: the catalog, requirement sets and programs are read once for the whole
 * evening's stack instead of once per student (resolvePlan reads them for one plan). Each view is
 * built when asked for, so a print job builds one student at a time between its cancel checks; the
 * batch's rows are read a page of students at a time (one query per table for the page).
 */
export class PlanViewSource implements PlanViews {
  private readonly catalog: Catalog;
  private readonly requirements: (classYear: number | null) => RequirementSet;
  private readonly programs = new Map<string, ProgramOfStudy | null>();
  private readonly transcript: TranscriptReader;
  private readonly reviewWindow: ReviewWindow;
  private readonly newPlanEdition: FrameworkEdition;

  private readonly batch: readonly string[];
  private readonly batchIndex = new Map<string, number>();
  private held = new Map<string, StudentReads>();

  /** `batch`: the students to be asked for, in order; their rows are read a page at a time. */
  constructor(
    private readonly db: Db,
    private readonly today: Date,
    batch: readonly string[] = [],
  ) {
    this.batch = batch;
    batch.forEach((n, i) => this.batchIndex.set(n, this.batchIndex.get(n) ?? i));
    this.catalog = loadCatalog(db);
    this.requirements = requirementSetLookup(db);
    this.transcript = transcriptReader(db, this.catalog);
    this.reviewWindow = reviewWindowIn(db, today);
    this.newPlanEdition = newPlanEdition(db, today);
  }

  view(studentNumber: string): PlanView {
    const read = this.page(studentNumber) ?? this.readOne(studentNumber);
    const { student, plan } = read;
    return buildPlanView(student, plan, {
      catalog: this.catalog,
      transcript: this.transcript(read.history, student.classYear),
      gpa: read.gpa,
      requirements: this.requirements(student.classYear),
      program: plan?.programId ? this.program(plan.programId) : null,
      canUndo: read.canUndo,
      revision: read.revision,
      today: this.today,
      reviewWindow: this.reviewWindow,
      newPlanEdition: this.newPlanEdition,
    });
  }

  /**
   * The student's rows from the batch's page that holds them, reading that page (the next
   * PAGE students of the batch, from this one) in one query per table when it is not the one held.
   */
  private page(studentNumber: string): StudentReads | undefined {
    const held = this.held.get(studentNumber);
    if (held) return held;
    const at = this.batchIndex.get(studentNumber);
    if (at === undefined) return undefined;
    const numbers = this.batch.slice(at, at + PAGE);
    const students = findStudents(this.db, numbers);
    const plans = readPlansOf(this.db, numbers);
    const history = readHistoryOf(this.db, numbers);
    const { undoable, revisions } = undoAndRevisions(this.db, numbers);
    this.held = new Map();
    for (const number of numbers) {
      const student = students.get(number);
      // An unknown number is refused when it is asked for (readOne), as before.
      if (!student) continue;
      this.held.set(number, {
        student,
        plan: plans.get(number) ?? null,
        history: history.records.get(number) ?? [],
        gpa: history.gpas.get(number) ?? null,
        canUndo: undoable.has(number),
        revision: revisions.get(number) ?? 0,
      });
    }
    return this.held.get(studentNumber);
  }

  /** One student's rows, read alone (a number outside the batch). */
  private readOne(studentNumber: string): StudentReads {
    const student = findStudent(this.db, studentNumber);
    if (!student) throw new CounselorError('not_found', `No student with number ${studentNumber} is in the caseload.`);
    return {
      student,
      plan: readPlan(this.db, studentNumber),
      history: readStudentHistory(this.db, studentNumber),
      gpa: statedGpa(this.db, studentNumber),
      canUndo: canUndo(this.db, studentNumber),
      revision: planRevision(this.db, studentNumber),
    };
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
