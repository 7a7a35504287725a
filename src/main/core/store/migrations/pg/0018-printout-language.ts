import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of the printout-language migration: the languages a school adds from a label
 * sheet, and a printed plan's language checked by its code's shape instead of 'en'/'es'. Row-level
 * security as for the rest of the school's setup: every enabled account reads (anyone prints), a
 * lead or the operator adds, replaces and removes a language (the operator: `counselor migrate`
 * moving a workstation's languages in). The policy expressions are copied from migration 15, not
 * imported: a shipped migration does not change when a later one does.
 */
const OPERATOR = '(SELECT counselor_operator())';
const ROLE = '(SELECT role FROM counselor_actor())';
const LEAD_WRITER = `${OPERATOR} OR ${ROLE} = 'lead'`;

export const printoutLanguagePostgres: PostgresMigration = {
  version: 18,
  name: 'printout language',
  async up(db) {
    await sql`
      CREATE TABLE printout_language (
        code       text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[a-z][a-z-]{1,11}$' AND code NOT IN ('en', 'es', 'family')),
        name       text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        dictionary text COLLATE "C" NOT NULL CHECK (json_valid(dictionary)),
        added_at   text COLLATE "C" NOT NULL,
        added_by   text
      );
      CREATE UNIQUE INDEX printout_language_by_name ON printout_language (lower(name));
      ALTER TABLE print_snapshot DROP CONSTRAINT print_snapshot_lang_check;
      ALTER TABLE print_snapshot ADD CONSTRAINT print_snapshot_lang_check CHECK (lang ~ '^[a-z][a-z-]{1,11}$');
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE printout_language ENABLE ROW LEVEL SECURITY;
         ALTER TABLE printout_language FORCE ROW LEVEL SECURITY;
         CREATE POLICY printout_language_read ON printout_language FOR SELECT USING (${OPERATOR} OR ${ROLE} IS NOT NULL);
         CREATE POLICY printout_language_insert ON printout_language FOR INSERT WITH CHECK (${LEAD_WRITER});
         CREATE POLICY printout_language_update ON printout_language FOR UPDATE USING (${LEAD_WRITER}) WITH CHECK (${LEAD_WRITER});
         CREATE POLICY printout_language_delete ON printout_language FOR DELETE USING (${LEAD_WRITER});`,
      )
      .execute(db);
  },
};
