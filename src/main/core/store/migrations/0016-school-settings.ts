import type { Migration } from '../migration';

/**
 * The school's settings (issue 13's Settings page): one row, so every setting is a typed column with
 * its own check rather than a key and a text value.
 *
 * - `school_name`: printed on every plan. NULL until set: printouts then keep naming the school of
 *   the most recent printout that named one, as before this migration.
 * - `default_paper`: the paper a printout uses when the counselor does not choose one.
 * - `family_language`: which language a plan prints in when the counselor does not choose one:
 *   'family' (each student's family's language where the printout has it, English otherwise: the
 *   behaviour before this migration) or a printout language's code for every plan. A code, not a
 *   fixed list: a school adds its families' languages from a label sheet (issue 14).
 * - `changed_at`/`changed_by`: when and by whom (NULL: the workstation, or the command line).
 */
export const schoolSettingsMigration: Migration = {
  version: 16,
  name: 'school settings',
  up(db) {
    db.exec(`
      CREATE TABLE school_settings (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        school_name     TEXT CHECK (school_name IS NULL OR length(trim(school_name)) BETWEEN 1 AND 200),
        default_paper   TEXT NOT NULL DEFAULT 'letter' CHECK (default_paper IN ('letter', 'a4')),
        family_language TEXT NOT NULL DEFAULT 'family' CHECK (family_language = 'family' OR (length(family_language) BETWEEN 2 AND 12 AND family_language GLOB '[a-z]*' AND family_language NOT GLOB '*[^a-z-]*')),
        changed_at      TEXT,
        changed_by      TEXT
      ) STRICT;
      INSERT INTO school_settings (id) VALUES (1);
    `);
  },
};
