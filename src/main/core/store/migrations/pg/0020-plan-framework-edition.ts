import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 20: a plan's framework edition and its 2024 cluster/sub-cluster
 * codes, with the same well-formedness checks. The plan table's row-level security (migration 15)
 * covers the new columns as it covers the row.
 */
export const planFrameworkEditionPostgres: PostgresMigration = {
  version: 20,
  name: 'plan framework edition',
  async up(db) {
    await sql`
      ALTER TABLE plan ADD COLUMN framework_edition text COLLATE "C" NOT NULL DEFAULT '2016' CHECK (framework_edition IN ('2016', '2024'));
      ALTER TABLE plan ADD COLUMN cluster_2024 text COLLATE "C" CHECK (cluster_2024 IS NULL OR cluster_2024 ~ '^[A-Z]{3}$');
      ALTER TABLE plan ADD COLUMN subcluster_2024 text COLLATE "C" CHECK (subcluster_2024 IS NULL OR (cluster_2024 IS NOT NULL
        AND subcluster_2024 ~ '^[A-Z]{3}-[A-Z]{3}$' AND left(subcluster_2024, 4) = cluster_2024 || '-'));
    `.execute(db);
  },
};
