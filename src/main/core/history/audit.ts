import type { AuditRecord } from '../audit/log';
import type { HistoryComparison } from './compare';

/**
 * What a course history import changed, student by student, as audit entries (issue 16: who,
 * when, which student, what changed): one rule for both stores, written by each store's commit in
 * the import's own transaction (import.ts, history-writes-as.ts). One `history.import` entry per
 * student whose transcript the import changed, naming the import and the file:
 *   added     how many courses it added;
 *   changed   each course it changed: the course (school year, number, title) and each field `{ label, from, to }`
 *             (a grade changed after the fact is what a lead looks for);
 *   missing   how many stored courses the file no longer lists (flagged, never deleted);
 *   gpa       the stated GPA it set.
 * A student whose rows the file repeats unchanged gets none.
 */
export function historyAuditRecords(c: HistoryComparison, importId: number, fileName: string): AuditRecord[] {
  const byStudent = new Map<string, { added: number; changed: unknown[]; missing: number; gpa?: string }>();
  const of = (studentNumber: string) => {
    let entry = byStudent.get(studentNumber);
    if (!entry) byStudent.set(studentNumber, (entry = { added: 0, changed: [], missing: 0 }));
    return entry;
  };
  for (const r of c.added) of(r.studentNumber).added++;
  for (const { row, changes } of c.updated) {
    of(row.studentNumber).changed.push({
      course: { schoolYear: row.schoolYear, courseNumber: row.courseNumber, title: row.title },
      changes: Object.fromEntries(changes.map((f) => [f.field, { label: f.label, from: f.before, to: f.after }])),
    });
  }
  for (const m of c.missing) of(m.student_number).missing++;
  for (const [studentNumber, gpa] of c.gpa) of(studentNumber).gpa = gpa;
  return [...byStudent].map(([studentNumber, detail]) => ({ studentNumber, action: 'history.import', detail: { importId, fileName, ...detail } }));
}
