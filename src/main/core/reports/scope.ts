import { localIsoDate } from '../../../shared/domain/common';
import { schoolYearText } from '../../../shared/domain/history';
import { displayName } from '../../../shared/domain/names';
import type { ReportQuery } from '../../../shared/domain/report';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import { runInSlices } from '../jobs/slices';
import type { PlanStanding } from '../plans/caseload-status';
import { currentGrade } from '../plans/on-track';
import type { ReportReads } from './reads';

/** One student a report counts: who, and the caseload's standing (null: no plan and no history). */
export interface ReportStudent {
  studentNumber: string;
  name: string;
  lastName: string;
  firstName: string;
  /** The grade today, as the on-track verdict reads it (from the class year when known). */
  grade: number | null;
  classYear: number | null;
  counselor: string | null;
  standing: PlanStanding | null;
}

/** The students a report covers and the words that say which. */
export interface ReportScope {
  students: ReportStudent[];
  /** "Grade 10 · Ms. Alvarez · class of 2029 · 2026-27", printed under the title. */
  text: string;
  madeOn: string;
  today: Date;
  /** Students in the store whom the latest roster no longer lists: left out of every report. */
  leftOut: number;
}

/** Counselor names as rosters write them: "ms. alvarez " is Ms. Alvarez. */
export function sameCounselor(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLocaleLowerCase('en-US') === b.trim().toLocaleLowerCase('en-US');
}

/**
 * The students in the report's filters, with the caseload's standing of each (one bulk read,
 * the same rules as the caseload: core/plans/caseload-status.ts). Students the latest roster no
 * longer lists have left the school: a report to a principal counts the students it serves.
 */
export async function reportScope(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<ReportScope> {
  const standings = await reads.standings(today);
  const rows = await reads.students();
  const students: ReportStudent[] = [];
  let leftOut = 0;
  // In slices, as every per-student pass of a report after the standings: a school of 20,000 is
  // built on the serving thread, and a plan save made meanwhile must not wait for it.
  await runInSlices(rows, (r) => {
    if (r.status !== 'active') {
      leftOut++;
      return;
    }
    const grade = currentGrade({ grade: r.grade, classYear: r.class_year }, today);
    if (query.grade !== undefined && grade !== query.grade) return;
    if (query.classYear !== undefined && r.class_year !== query.classYear) return;
    if (query.counselor !== undefined && !sameCounselor(r.counselor, query.counselor)) return;
    students.push({
      studentNumber: r.student_number,
      name: `${displayName({ firstName: r.first_name, lastName: r.last_name, preferredName: r.preferred_name })}`,
      lastName: r.last_name,
      firstName: r.first_name,
      grade,
      classYear: r.class_year,
      counselor: r.counselor,
      standing: standings.get(r.student_number) ?? null,
    });
  });
  return { students, text: scopeText(query, today), madeOn: localIsoDate(today), today, leftOut };
}

export function scopeText(query: ReportQuery, today: Date): string {
  const parts: string[] = [];
  if (query.grade !== undefined) parts.push(`Grade ${query.grade}`);
  if (query.counselor !== undefined) parts.push(query.counselor);
  if (query.classYear !== undefined) parts.push(`class of ${query.classYear}`);
  if (parts.length === 0) parts.push('All students');
  parts.push(`school year ${schoolYearText(schoolYearEnd(today))}`);
  return parts.join(' · ');
}

/** Rows of a breakdown in a stable order: grades ascending, then "No grade" last. */
export function gradeLabel(grade: number | null): string {
  return grade === null ? 'No grade' : `Grade ${grade}`;
}

export function counselorLabel(counselor: string | null): string {
  return counselor === null || counselor.trim() === '' ? 'No counselor' : counselor.trim();
}

/** Groups students by a key, keeping first-seen order, then sorted by `order`. */
export function groupBy<K>(students: readonly ReportStudent[], keyOf: (s: ReportStudent) => K, order: (a: K, b: K) => number): [K, ReportStudent[]][] {
  const groups = new Map<K, ReportStudent[]>();
  for (const s of students) {
    const k = keyOf(s);
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  return [...groups.entries()].sort(([a], [b]) => order(a, b));
}

export function byGradeOrder(a: number | null, b: number | null): number {
  return (a ?? 99) - (b ?? 99);
}

export function byCounselorOrder(a: string, b: string): number {
  if (a === 'No counselor') return 1;
  if (b === 'No counselor') return -1;
  return a.localeCompare(b, 'en-US');
}

/** Credits to two decimals: 0.1 + 0.2 is 0.3 in a report. */
export function roundCredits(n: number): number {
  return Math.round(n * 100) / 100;
}

export function leftOutNote(count: number): string {
  return count === 1
    ? '1 student the latest roster no longer lists is not counted.'
    : `${count} students the latest roster no longer lists are not counted.`;
}
