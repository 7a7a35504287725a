import type { Migration } from '../migration';

/**
 * Both frameworks, per school year and per program of study (issue 15). Written as migration 23 in
 * the session's plan; it is 22 on this branch until the standings helper's 22 lands (then renumbered).
 *
 * - `framework_year`: which framework the school's new plans use, per school year (Settings).
 *   `school_year` is the year's end (2027 for 2026-27), as `school_year_start` stores it; a year
 *   without a row follows the latest earlier one, and with none at all plans use the 16 clusters
 *   (shared/domain/framework-choice.ts editionForYear is that rule). `changed_at`/`changed_by`: who
 *   set the year (NULL by: the workstation or the command line).
 * - `program.cluster_2024`/`subcluster_2024`: a program of study's 2024 cluster/sub-cluster, set by
 *   a lead. NULL: derived from its 16-cluster pathway through the crosswalk when read, so every
 *   program from before has a (derived) 2024 tag without a copy that could go stale. Same checks as
 *   the plan's (migration 20).
 */
export const frameworkYearMigration: Migration = {
  version: 22,
  name: 'framework year',
  up(db) {
    db.exec(`
      CREATE TABLE framework_year (
        school_year INTEGER PRIMARY KEY NOT NULL CHECK (school_year BETWEEN 2000 AND 2200),
        edition     TEXT NOT NULL CHECK (edition IN ('2016', '2024')),
        changed_at  TEXT NOT NULL,
        changed_by  TEXT
      ) STRICT;
      ALTER TABLE program ADD COLUMN cluster_2024 TEXT CHECK (cluster_2024 IS NULL OR (length(cluster_2024) = 3 AND cluster_2024 NOT GLOB '*[^A-Z]*'));
      ALTER TABLE program ADD COLUMN subcluster_2024 TEXT CHECK (subcluster_2024 IS NULL OR (cluster_2024 IS NOT NULL
        AND length(subcluster_2024) = 7 AND substr(subcluster_2024, 1, 4) = cluster_2024 || '-' AND substr(subcluster_2024, 5) NOT GLOB '*[^A-Z]*'));
    `);
  },
};
