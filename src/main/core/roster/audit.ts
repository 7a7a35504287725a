import type { StudentAuditAction } from '../../../shared/methods/audit';
import type { AuditRecord } from '../audit/log';
import type { Comparison } from './compare';

/**
 * What a roster import changed, student by student, as audit entries (issue 16: who, when, which
 * student, what changed): one rule for both stores, written by each store's commit in the
 * import's own transaction (import.ts, roster-writes-as.ts). A student the file lists unchanged
 * gets no entry. Each entry names the import in the log (`importId`) and the file, so a lead
 * reading a student's changes finds the roster that made them.
 *
 *   roster.add       a student the store did not have (the row of the file)
 *   roster.update    fields the roster changed, each `{ from, to }` as a change by hand keeps them
 *                    (students.update; guardians as one line)
 *   roster.renumber  the same student under the number the file gives
 *   roster.absent    an active student the file does not list, marked "not in latest roster"
 */
type RosterAuditAction = Extract<StudentAuditAction, `roster.${string}`>;

export function rosterAuditRecords(comparison: Comparison, importId: number, fileName: string): AuditRecord[] {
  const source = { importId, fileName };
  const records: (AuditRecord & { action: RosterAuditAction })[] = [];
  for (const p of comparison.renumbered) {
    records.push({ studentNumber: p.studentNumber, action: 'roster.renumber', detail: { ...source, row: p.row, changes: { studentNumber: { from: p.previousNumber, to: p.studentNumber } } } });
  }
  for (const a of comparison.diff.added) {
    records.push({ studentNumber: a.student.studentNumber, action: 'roster.add', detail: { ...source, row: a.rowNumber } });
  }
  for (const c of comparison.diff.changed) {
    records.push({ studentNumber: c.student.studentNumber, action: 'roster.update', detail: { ...source, row: c.rowNumber, changes: Object.fromEntries(c.changes.map((f) => [f.field, { from: f.before, to: f.after }])) } });
  }
  for (const a of comparison.diff.absent) {
    records.push({ studentNumber: a.studentNumber, action: 'roster.absent', detail: { ...source, changes: { status: { from: 'active', to: 'not_in_latest_roster' } } } });
  }
  return records;
}
