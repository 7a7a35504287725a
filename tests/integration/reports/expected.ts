import type { Database as Db } from 'better-sqlite3';
import type { ReportRow, ReportTable } from '../../../src/shared/domain/report';

/**
 * Expected figures worked out the plain way, straight from the tables (SQL and loops), never
 * through the report code: the reports must agree with them.
 */

export interface ActiveStudent {
  student_number: string;
  grade: number;
  counselor: string | null;
  class_year: number;
}

/** Grade in 2026-27 from the class year: the class of 2030 is in grade 9. */
export function activeStudents(db: Db): ActiveStudent[] {
  return db
    .prepare("SELECT student_number, 12 - (class_year - 2027) AS grade, counselor, class_year FROM student WHERE status = 'active'")
    .all() as ActiveStudent[];
}

/** The row of a table whose first column reads `label`. */
export function rowOf(table: ReportTable, label: string): ReportRow {
  const key = table.columns[0]!.key;
  const row = table.rows.find((r) => r.cells[key] === label);
  if (!row) throw new Error(`no row "${label}" in ${table.key}: ${table.rows.map((r) => r.cells[key]).join(', ')}`);
  return row;
}

export function tableOf(tables: readonly ReportTable[], key: string): ReportTable {
  const t = tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

export function countBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(keyOf(i), (m.get(keyOf(i)) ?? 0) + 1);
  return m;
}

/** CTE courses each active student has completed and completed-or-planned, straight from plan_course and course_history. */
export function cteCourses(db: Db): Map<string, { completed: Set<string>; planned: Set<string> }> {
  const result = new Map<string, { completed: Set<string>; planned: Set<string> }>();
  const of = (s: string) => {
    let e = result.get(s);
    if (!e) result.set(s, (e = { completed: new Set(), planned: new Set() }));
    return e;
  };
  const planRows = db
    .prepare(
      `SELECT c.student_number, c.course_number, c.status, c.credits_earned FROM plan_course c
         JOIN course k ON k.number = c.course_number JOIN student s ON s.student_number = c.student_number
        WHERE k.cte = 1 AND s.status = 'active' AND c.year IN ('9','10','11','12')`,
    )
    .all() as { student_number: string; course_number: string; status: string; credits_earned: number | null }[];
  for (const r of planRows) {
    if (r.status === 'completed' && r.credits_earned === 0) continue;
    if (r.status === 'completed') of(r.student_number).completed.add(r.course_number);
    of(r.student_number).planned.add(r.course_number);
  }
  const historyRows = db
    .prepare(
      `SELECT h.student_number, h.course_number, h.progress, h.result, h.credits_earned FROM course_history h
         JOIN course k ON k.number = h.course_number WHERE k.cte = 1 AND h.excluded = 0`,
    )
    .all() as { student_number: string; course_number: string; progress: number; result: string; credits_earned: number | null }[];
  for (const r of historyRows) {
    if (r.progress === 0 && r.result === 'passed' && (r.credits_earned ?? 0) > 0) of(r.student_number).completed.add(r.course_number);
    if ((r.progress === 0 && r.result === 'passed' && (r.credits_earned ?? 0) > 0) || r.progress === 1) of(r.student_number).planned.add(r.course_number);
  }
  return result;
}

/** program id → the course numbers of its course list. */
export function programCourses(db: Db): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const r of db.prepare('SELECT program_id, course_code FROM program_course').all() as { program_id: string; course_code: string }[]) {
    m.set(r.program_id, (m.get(r.program_id) ?? new Set()).add(r.course_code));
  }
  return m;
}
