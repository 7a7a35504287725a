import type { Report, ReportColumn, ReportQuery, ReportRow, ReportTable } from '../../../shared/domain/report';
import { PlanStatus } from '../../../shared/domain/student';
import { mapInSlices } from '../jobs/slices';
import { byCounselorOrder, byGradeOrder, counselorLabel, gradeLabel, groupBy, reportScope, type ReportStudent, leftOutNote } from './scope';
import type { ReportReads } from './reads';

/**
 * Plans: how many students have no plan, a plan started, complete with warnings still open, complete, or reviewed this school year —
 * by grade and by counselor (Wisconsin's PI 26 asks districts how they deliver Academic and
 * Career Planning to every student in grades 6–12). The status is the caseload's
 * (core/plans/status.ts through caseload-status.ts), never worked out again here.
 */

const STATUSES = PlanStatus.options;
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  none: 'No plan',
  started: 'Started',
  complete_with_warnings: 'Complete, with warnings',
  complete: 'Complete',
  reviewed: 'Reviewed this year',
};

const statusOf = (s: ReportStudent): PlanStatus => s.standing?.summary.planStatus ?? 'none';

function countColumns(first: ReportColumn): ReportColumn[] {
  return [first, ...STATUSES.map((k): ReportColumn => ({ key: k, label: PLAN_STATUS_LABELS[k], kind: 'number' })), { key: 'students', label: 'Students', kind: 'number' }];
}

function countRow(label: string, key: string, students: readonly ReportStudent[]): ReportRow {
  const cells: ReportRow['cells'] = { [key]: label, students: students.length };
  for (const k of STATUSES) cells[k] = students.filter((s) => statusOf(s) === k).length;
  return { cells };
}

export async function plansReport(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<Report> {
  const scope = await reportScope(reads, query, today);
  const byGrade = groupBy(scope.students, (s) => s.grade, byGradeOrder);
  const byCounselor = groupBy(scope.students, (s) => counselorLabel(s.counselor), byCounselorOrder);
  const gradeTable: ReportTable = {
    key: 'By grade',
    title: 'Plans by grade',
    columns: countColumns({ key: 'grade', label: 'Grade', kind: 'text' }),
    rows: byGrade.map(([grade, list]) => countRow(gradeLabel(grade), 'grade', list)),
    total: countRow('All grades', 'grade', scope.students),
  };
  const counselorTable: ReportTable = {
    key: 'By counselor',
    title: 'Plans by counselor',
    columns: countColumns({ key: 'counselor', label: 'Counselor', kind: 'text' }),
    rows: byCounselor.map(([name, list]) => countRow(name, 'counselor', list)),
    total: countRow('All counselors', 'counselor', scope.students),
  };
  // Students whose plan is not yet reviewed this year first: they are the counselor's list of who to see.
  const order = (s: ReportStudent) => STATUSES.indexOf(statusOf(s));
  const studentTable: ReportTable = {
    key: 'Students',
    title: 'Students and their plan status',
    columns: [
      { key: 'studentNumber', label: 'Student number', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'grade', label: 'Grade', kind: 'number' },
      { key: 'counselor', label: 'Counselor', kind: 'text' },
      { key: 'status', label: 'Plan status', kind: 'text' },
    ],
    // A row per student of the school, in slices: 20,000 rows are built on the serving thread.
    rows: await mapInSlices([...scope.students].sort((a, b) => order(a) - order(b)), (s) => ({
      studentNumber: s.studentNumber,
      cells: { studentNumber: s.studentNumber, name: s.name, grade: s.grade, counselor: s.counselor, status: PLAN_STATUS_LABELS[statusOf(s)] },
    })),
  };
  const notes = [
    // The window the status rule used: August 1, or the day the counselor started this school year.
    `Complete: cluster, pathway and program of study chosen, every credit requirement planned and no warning open (complete, with warnings: one is neither fixed nor acknowledged); reviewed: complete and reviewed since ${(await reads.reviewWindow(today)).first}.`,
  ];
  if (scope.leftOut > 0) notes.push(leftOutNote(scope.leftOut));
  return {
    name: 'plans',
    title: 'Academic and Career Plans',
    scope: scope.text,
    madeOn: scope.madeOn,
    studentCount: scope.students.length,
    chart: {
      kind: 'stacked_bar',
      title: 'Plan status by grade',
      categoryLabel: 'Grade',
      valueLabel: 'Students',
      categories: byGrade.map(([grade]) => gradeLabel(grade)),
      series: STATUSES.map((k) => ({ key: k, label: PLAN_STATUS_LABELS[k], values: byGrade.map(([, list]) => list.filter((s) => statusOf(s) === k).length) })),
    },
    tables: [gradeTable, counselorTable, studentTable],
    notes,
  };
}
