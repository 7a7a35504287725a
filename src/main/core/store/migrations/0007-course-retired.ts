import type { Migration } from '../migration';

const AREAS = `'english','math','science','social_studies','physical_education','health','personal_finance','world_language','fine_arts','cte','elective','other'`;

/**
 * A course can be retired: kept for the plans that hold it (shown, printed, counted) but no longer
 * offered for new placements. Existing courses stay offered (retired = 0).
 *
 * The catalog import's department mappings are remembered too: a district's "Agriculture" or
 * "Special Education" department is mapped to a subject area once, by the counselor, and next
 * year's catalog from the same system maps itself. Keyed by the department text normalised
 * (case, punctuation and "&"/"and" ignored).
 */
export const courseRetiredMigration: Migration = {
  version: 7,
  name: 'retired courses and catalog department mappings',
  up(db) {
    db.exec(`
      ALTER TABLE course ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

      CREATE TABLE catalog_department (
        department_key TEXT PRIMARY KEY NOT NULL CHECK (length(department_key) BETWEEN 1 AND 200),
        department     TEXT NOT NULL,
        area           TEXT NOT NULL CHECK (area IN (${AREAS})),
        updated_at     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
