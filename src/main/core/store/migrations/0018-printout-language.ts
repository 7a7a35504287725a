import type { Migration } from '../migration';

/**
 * The printout languages a school adds from a label sheet (issue 14): English and Spanish ship with
 * the application and are not rows here.
 *
 * - `code`: the language's BCP 47 tag in lower case ("hmn", "so", "zh-hant"), what a print request
 *   and the family-language setting name it by; never 'en', 'es' (shipped) or 'family' (the setting's
 *   own word).
 * - `name`: the language as a roster writes a guardian's preferred language ("Hmong"): the
 *   family-language rule matches on it, so two languages cannot share a name (case aside).
 * - `dictionary`: the filled label sheet as JSON, key → text with `{placeholders}`.
 *
 * `print_snapshot.lang` listed 'en' and 'es' (migration 5); a plan printed in an added language is
 * kept too, so the check becomes the code's shape. SQLite cannot change a CHECK in place: the table
 * is rebuilt the documented way, as migration 10 rebuilt `student` (the runner turns foreign keys
 * off around it and checks them before committing; a conference refers to its printed plan).
 */
export const printoutLanguageMigration: Migration = {
  version: 18,
  name: 'printout language',
  up(db) {
    db.exec(`
      CREATE TABLE printout_language (
        code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 2 AND 12 AND code GLOB '[a-z][a-z]*' AND code NOT GLOB '*[^a-z-]*' AND code NOT IN ('en', 'es', 'family')),
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        dictionary TEXT NOT NULL CHECK (json_valid(dictionary)),
        added_at   TEXT NOT NULL,
        added_by   TEXT
      ) STRICT;
      CREATE UNIQUE INDEX printout_language_by_name ON printout_language (lower(name));

      CREATE TABLE print_snapshot_new (
        id             INTEGER PRIMARY KEY,
        student_number TEXT NOT NULL CHECK (length(student_number) BETWEEN 1 AND 32),
        printed_at     TEXT NOT NULL,
        printed_on     TEXT NOT NULL CHECK (printed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        lang           TEXT NOT NULL CHECK (length(lang) BETWEEN 2 AND 12 AND lang GLOB '[a-z][a-z]*' AND lang NOT GLOB '*[^a-z-]*'),
        paper          TEXT NOT NULL CHECK (paper IN ('letter', 'a4')),
        school         TEXT,
        pages          INTEGER NOT NULL CHECK (pages > 0),
        sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
        view           TEXT NOT NULL CHECK (json_valid(view))
      ) STRICT;
      INSERT INTO print_snapshot_new SELECT id, student_number, printed_at, printed_on, lang, paper, school, pages, sha256, view FROM print_snapshot;
      DROP TABLE print_snapshot;
      ALTER TABLE print_snapshot_new RENAME TO print_snapshot;
      CREATE INDEX print_snapshot_by_student ON print_snapshot (student_number, id);
    `);
  },
};
