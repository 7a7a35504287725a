import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 16: the school's settings, one row. Row-level security as for the
 * rest of the school's setup (migration 15): every enabled account reads it (the school's name is
 * on every plan anyone prints), a lead or the operator changes it; only the operator replaces the
 * row (`counselor migrate` moving a workstation's settings in), no account adds or removes one. The policy expressions are copied from migration 15, not imported: a shipped
 * migration does not change when a later one does.
 */
const OPERATOR = '(SELECT counselor_operator())';
const ROLE = '(SELECT role FROM counselor_actor())';

export const schoolSettingsPostgres: PostgresMigration = {
  version: 16,
  name: 'school settings',
  async up(db) {
    await sql`
      CREATE TABLE school_settings (
        id              integer PRIMARY KEY CHECK (id = 1),
        school_name     text CHECK (school_name IS NULL OR length(trim(school_name)) BETWEEN 1 AND 200),
        default_paper   text COLLATE "C" NOT NULL DEFAULT 'letter' CHECK (default_paper IN ('letter', 'a4')),
        family_language text COLLATE "C" NOT NULL DEFAULT 'family' CHECK (family_language = 'family' OR family_language ~ '^[a-z][a-z-]{1,11}$'),
        changed_at      text COLLATE "C",
        changed_by      text
      );
      INSERT INTO school_settings (id) VALUES (1);
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE school_settings ENABLE ROW LEVEL SECURITY;
         ALTER TABLE school_settings FORCE ROW LEVEL SECURITY;
         CREATE POLICY school_settings_read ON school_settings FOR SELECT USING (${OPERATOR} OR ${ROLE} IS NOT NULL);
         CREATE POLICY school_settings_update ON school_settings FOR UPDATE USING (${OPERATOR} OR ${ROLE} = 'lead') WITH CHECK (${OPERATOR} OR ${ROLE} = 'lead');
         CREATE POLICY school_settings_insert ON school_settings FOR INSERT WITH CHECK (${OPERATOR});
         CREATE POLICY school_settings_delete ON school_settings FOR DELETE USING (${OPERATOR});`,
      )
      .execute(db);
  },
};
