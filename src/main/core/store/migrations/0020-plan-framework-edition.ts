import type { Migration } from '../migration';

/**
 * A plan records its career choice in either framework edition (issue 15, "The 2024 framework").
 *
 * - `framework_edition`: which edition the plan's choice is in. '2016' for every plan before this
 *   migration (their `cluster_code`/`pathway_code` stay as they are); '2024' once a counselor, or
 *   `counselor framework migrate`, sets a 2024 choice.
 * - `cluster_2024`/`subcluster_2024`: the 2024 codes (three capitals; a sub-cluster is its
 *   cluster's code, a hyphen and three capitals). No foreign key: the 2024 framework is shipped
 *   data in code (framework-2024.ts), which the plan domain validates against; the CHECKs here only
 *   keep a malformed code out. A sub-cluster needs its cluster and must belong to it.
 *   The 16-cluster columns are kept when a plan moves to 2024, so an undo can restore them.
 */
export const planFrameworkEditionMigration: Migration = {
  version: 20,
  name: 'plan framework edition',
  up(db) {
    db.exec(`
      ALTER TABLE plan ADD COLUMN framework_edition TEXT NOT NULL DEFAULT '2016' CHECK (framework_edition IN ('2016', '2024'));
      ALTER TABLE plan ADD COLUMN cluster_2024 TEXT CHECK (cluster_2024 IS NULL OR (length(cluster_2024) = 3 AND cluster_2024 NOT GLOB '*[^A-Z]*'));
      ALTER TABLE plan ADD COLUMN subcluster_2024 TEXT CHECK (subcluster_2024 IS NULL OR (cluster_2024 IS NOT NULL
        AND length(subcluster_2024) = 7 AND substr(subcluster_2024, 1, 4) = cluster_2024 || '-' AND substr(subcluster_2024, 5) NOT GLOB '*[^A-Z]*'));
    `);
  },
};
