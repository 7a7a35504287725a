import type { Database as Db } from 'better-sqlite3';
import { updatePlan } from '../../../src/main/core/plans/update';
import type { Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { PlanOperation, type PlanOperationInput } from '../../../src/shared/domain/plan-operation';
import { sampleStore, student, TODAY } from '../plans/stores';

/**
 * The sample school, plus grade 10 students of our own for the cases a request file must get
 * right: alternates ranked for one course, a student number with leading zeros, a student with
 * no plan, one whose plan has nothing for grade 11, and a course already under way in grade 11.
 */
export async function requestStore(dir: string): Promise<Store> {
  const store = await sampleStore(dir);
  saveStudents(store.db, [student('000777', 10, 'Aaberg'), student('700011', 10, 'Abbott'), student('700012', 10, 'Abel')], TODAY);
  const change = (number: string, op: PlanOperationInput) => updatePlan(store.db, number, PlanOperation.parse(op), TODAY);
  await change('000777', { op: 'placeCourse', courseNumber: 'SCI311', year: '11' }); // c-1
  await change('000777', { op: 'placeCourse', courseNumber: 'SCI321', year: '11' }); // c-2
  await change('000777', { op: 'placeCourse', courseNumber: 'ENG301', year: '11' }); // c-3
  await change('000777', { op: 'placeCourse', courseNumber: 'SCI331', year: '11' }); // c-4
  await change('000777', { op: 'placeCourse', courseNumber: 'SOC201', year: '11' }); // c-5
  await change('000777', { op: 'setAlternate', courseId: 'c-2', forCourseId: 'c-1' });
  await change('000777', { op: 'setAlternate', courseId: 'c-4', forCourseId: 'c-1', rank: 1 });
  // Under way already: not a request.
  await change('000777', { op: 'setCourseStatus', courseId: 'c-5', status: 'in_progress' });
  await change('700012', { op: 'placeCourse', courseNumber: 'ENG401', year: '12' });
  return store;
}

export interface ExpectedRequest {
  studentNumber: string;
  grade: number;
  courseNumber: string;
  alternate: boolean;
  rank: number | null;
  alternateFor: string | null;
  credits: number;
}

/**
 * What the file should hold, computed from the store's own rows (SQL, not the export's code): the
 * students whose grade now (from the class year) is `grade`, in name order, each with the courses
 * planned for next year's grade — first choices by position, each followed by its alternates by rank.
 */
export function expectedRequests(db: Db, grade: number, schoolYearEnd = 2027): { rows: ExpectedRequest[]; skipped: string[] } {
  const students = db
    .prepare(
      `SELECT student_number FROM student WHERE status = 'active' AND 12 - (class_year - ?) = ?
       ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, student_number`,
    )
    .pluck()
    .all(schoolYearEnd, grade) as string[];
  const rows: ExpectedRequest[] = [];
  const skipped: string[] = [];
  for (const number of students) {
    const courses = db
      .prepare(
        `SELECT pc.id, pc.course_number, pc.alternate_for, pc.alternate_rank, c.credits FROM plan_course pc
         LEFT JOIN course c ON c.number = pc.course_number
         WHERE pc.student_number = ? AND pc.year = ? AND pc.status = 'planned' ORDER BY pc.position`,
      )
      .all(number, String(grade + 1)) as { id: string; course_number: string; alternate_for: string | null; alternate_rank: number | null; credits: number }[];
    if (courses.length === 0) skipped.push(number);
    const numberOf = new Map(courses.map((c) => [c.id, c.course_number]));
    for (const first of courses.filter((c) => c.alternate_for === null)) {
      const alternates = courses.filter((c) => c.alternate_for === first.id).sort((a, b) => a.alternate_rank! - b.alternate_rank!);
      for (const c of [first, ...alternates]) {
        rows.push({
          studentNumber: number,
          grade: grade + 1,
          courseNumber: c.course_number,
          alternate: c.alternate_for !== null,
          rank: c.alternate_rank,
          alternateFor: c.alternate_for === null ? null : numberOf.get(c.alternate_for)!,
          credits: c.credits,
        });
      }
    }
  }
  return { rows, skipped };
}
