import type { YearReactivateResult, YearStartCounts } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import type { StudentAuditAction } from '../../../shared/methods/audit';
import type { AuditRecord } from '../audit/log';
import { countsOf, type YearStartChanges } from './changes';

/**
 * What a school year start, its undo and a reactivation changed, as audit entries (issue 16: who,
 * when, which student, what changed): one rule for both stores, written by each store's change in
 * its own transaction (start.ts, undo.ts, reactivate.ts; year-as.ts on the server), so the two
 * logs hold the same entries in the same order. A start or an undo writes one school-wide entry
 * (no student: the start itself, its counts) and then one per student it changed, by student number:
 *
 *   year.start       `changes` the student's fields it moved, each `{ from, to }` as a change by hand
 *                    keeps them (grade up one; status to graduated), and `reviewReset` when the plan's
 *                    review now counts for the year before (the plan shows complete, not reviewed)
 *   year.undo        the reverse of what it put back (a grade or status something changed since is
 *                    left, and so gets no field), and `reviewRestored` for a review that counts again
 *   year.reactivate  the status back to active, and the start that graduated the student
 */
type YearAuditAction = Extract<StudentAuditAction, `year.${string}`>;

type Fields = Record<string, { from: unknown; to: unknown }>;

interface StudentPart {
  changes: Fields;
  review: { lastReviewed: string } | null;
}

/** Each student's part, built up in any order and written by student number (one order on both stores). */
function byStudent(): { of(studentNumber: string): StudentPart; sorted(): [string, StudentPart][] } {
  const parts = new Map<string, StudentPart>();
  return {
    of(studentNumber) {
      let part = parts.get(studentNumber);
      if (!part) parts.set(studentNumber, (part = { changes: {}, review: null }));
      return part;
    },
    sorted: () => [...parts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

/** A start's entries: the school-wide one, then each student's. */
export function yearStartAuditRecords(changes: YearStartChanges): AuditRecord[] {
  const schoolYear = schoolYearText(changes.schoolYear);
  const parts = byStudent();
  for (const g of changes.graduate) parts.of(g.studentNumber).changes.status = { from: g.statusBefore, to: 'graduated' };
  for (const a of changes.advance) parts.of(a.studentNumber).changes.grade = { from: a.from, to: a.to };
  for (const r of changes.reviewsReset) parts.of(r.studentNumber).review = { lastReviewed: r.lastReviewed };
  const action: YearAuditAction = 'year.start';
  return [
    { studentNumber: null, action, detail: { schoolYear, counts: countsOf(changes) } },
    ...parts.sorted().map(([studentNumber, p]) => ({
      studentNumber,
      action,
      detail: { schoolYear, ...(Object.keys(p.changes).length > 0 ? { changes: p.changes } : {}), ...(p.review ? { reviewReset: p.review } : {}) },
    })),
  ];
}

/** A start's recorded changes, read back by undo on both stores (`?` the start's id). */
export const RECORDED_CHANGES_SQL = 'SELECT student_number, kind, status_before, grade_from, grade_to, last_reviewed FROM school_year_change WHERE start_id = ?';

export interface RecordedChange {
  student_number: string;
  kind: string;
  status_before: string | null;
  grade_from: number | null;
  grade_to: number | null;
  last_reviewed: string | null;
}

/**
 * An undo's entries: the school-wide one, then each student's, from the start's record and the
 * students each undo statement actually put back (`statusBack`, `gradeBack`: what RETURNING named).
 */
export function yearUndoAuditRecords(
  schoolYear: string,
  restored: YearStartCounts,
  recorded: readonly RecordedChange[],
  statusBack: ReadonlySet<string>,
  gradeBack: ReadonlySet<string>,
): AuditRecord[] {
  const parts = byStudent();
  for (const c of recorded) {
    if (c.kind === 'graduated' && statusBack.has(c.student_number)) parts.of(c.student_number).changes.status = { from: 'graduated', to: c.status_before };
    else if (c.kind === 'grade_advanced' && gradeBack.has(c.student_number)) parts.of(c.student_number).changes.grade = { from: c.grade_to, to: c.grade_from };
    else if (c.kind === 'review_reset' && c.last_reviewed !== null) parts.of(c.student_number).review = { lastReviewed: c.last_reviewed };
  }
  const action: YearAuditAction = 'year.undo';
  return [
    { studentNumber: null, action, detail: { schoolYear, restored } },
    ...parts.sorted().map(([studentNumber, p]) => ({
      studentNumber,
      action,
      detail: { schoolYear, ...(Object.keys(p.changes).length > 0 ? { changes: p.changes } : {}), ...(p.review ? { reviewRestored: p.review } : {}) },
    })),
  ];
}

/** A reactivation's one entry, the student's. */
export function reactivationAuditRecord(result: YearReactivateResult): AuditRecord {
  const action: YearAuditAction = 'year.reactivate';
  return { studentNumber: result.studentNumber, action, detail: { graduatedBy: result.graduatedBy, changes: { status: { from: 'graduated', to: 'active' } } } };
}
