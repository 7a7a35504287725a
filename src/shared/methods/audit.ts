import { z } from 'zod';
import { StudentNumber } from '../domain/student';
import { method } from './define';

/** One change as the audit log keeps it (migration 14, written in the change's own transaction). */
export const AuditEntry = z.object({
  /** When it was saved (ISO 8601, UTC). */
  at: z.string(),
  /** The account that made it; null for a workstation's counselor and the command line. */
  userName: z.string().nullable(),
  /** The plan operation ('setNotes', 'placeCourse', …), 'undo' or 'applyProgram'. */
  action: z.string(),
  /** What changed: the operation's payload and the revision it made. */
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * The entries a student's log holds besides the plan's own operations: changes to the student's
 * record (by hand, by a roster import, by a school year's start, its undo or a reactivation), to the course history (an import) and to the conferences held. Named here so the log's
 * reader (the plan page's "Changes to this plan") gives each in words; the compiler checks it does.
 */
export const STUDENT_AUDIT_ACTIONS = [
  'students.add',
  'students.update',
  'students.reassign',
  'roster.add',
  'roster.update',
  'roster.renumber',
  'roster.absent',
  'history.import',
  'year.start',
  'year.undo',
  'year.reactivate',
  'conferences.add',
  'conferences.update',
  'conferences.remove',
] as const;
export type StudentAuditAction = (typeof STUDENT_AUDIT_ACTIONS)[number];

/** The audit log: who changed what, when (issue 16). Who may read it is the department server's to decide. */
export const auditMethods = {
  'audit.forStudent': method(
    z.object({ studentNumber: StudentNumber }).strict(),
    z.object({ entries: z.array(AuditEntry) }),
    "A student's audit log, newest change first.",
  ),
} as const;
