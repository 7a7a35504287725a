import type { Migration } from '../migration';

/**
 * The audit log and the plan's revision (issue 16).
 *
 * `plan.revision` counts the plan's saved changes: a change carries the revision it was based on,
 * and one based on an older revision is refused (two counselors, or two windows, editing one plan:
 * no silent last-writer-wins). `plan.changed_by` names who made the latest change (the account's
 * display name on the department server; NULL on a workstation, where there is one counselor), so
 * the refusal can say "changed by Ms. Alvarez a moment ago".
 *
 * `audit_entry` is append-only: one row per change (who, when, which student, what changed as
 * JSON), written in the same transaction as the change. `student_number` has no foreign key on
 * purpose: the log keeps what was written when it was written, and outlives a renumbered or
 * removed student. `user_name` is NULL for a workstation's own changes and for the command line.
 */
export const auditAndRevisionMigration: Migration = {
  version: 14,
  name: 'audit log and plan revision',
  up(db) {
    db.exec(`
      ALTER TABLE plan ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
      ALTER TABLE plan ADD COLUMN changed_by TEXT;
      CREATE TABLE audit_entry (
        id             INTEGER PRIMARY KEY,
        at             TEXT NOT NULL,
        user_name      TEXT,
        student_number TEXT,
        action         TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
        detail         TEXT NOT NULL CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_entry_student ON audit_entry (student_number, id);
    `);
  },
};
