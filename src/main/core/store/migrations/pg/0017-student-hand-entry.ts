import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 17: which fields of which student were entered by hand. Row-level
 * security as for the student rows themselves (migration 15): every enabled account reads, a lead
 * or the operator adds, changes and removes marks. The policy expressions are copied from
 * migration 15, not imported: a shipped migration does not change when a later one does.
 */
const OPERATOR = '(SELECT counselor_operator())';
const ROLE = '(SELECT role FROM counselor_actor())';
const LEAD_WRITER = `${OPERATOR} OR ${ROLE} = 'lead'`;

export const studentHandEntryPostgres: PostgresMigration = {
  version: 17,
  name: 'student hand entry',
  async up(db) {
    await sql`
      CREATE TABLE student_hand_entry (
        student_number text COLLATE "C" NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        field          text COLLATE "C" NOT NULL CHECK (field IN ('firstName', 'middleName', 'lastName', 'preferredName', 'grade', 'classYear',
                         'dateOfBirth', 'email', 'counselor', 'homeroom', 'homeLanguage', 'guardians')),
        entered_at     text COLLATE "C" NOT NULL,
        entered_by     text,
        PRIMARY KEY (student_number, field)
      );
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE student_hand_entry ENABLE ROW LEVEL SECURITY;
         ALTER TABLE student_hand_entry FORCE ROW LEVEL SECURITY;
         CREATE POLICY student_hand_entry_read ON student_hand_entry FOR SELECT USING (${OPERATOR} OR ${ROLE} IS NOT NULL);
         CREATE POLICY student_hand_entry_insert ON student_hand_entry FOR INSERT WITH CHECK (${LEAD_WRITER});
         CREATE POLICY student_hand_entry_update ON student_hand_entry FOR UPDATE USING (${LEAD_WRITER}) WITH CHECK (${LEAD_WRITER});
         CREATE POLICY student_hand_entry_delete ON student_hand_entry FOR DELETE USING (${LEAD_WRITER});`,
      )
      .execute(db);
  },
};
