import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 22: the framework new plans use per school year, and a program of
 * study's 2024 tag, with the same checks. Row-level security on `framework_year` as for the school's
 * settings (migration 16): every enabled account reads it (a new plan is made by it), a lead or the
 * operator adds, changes and removes a year (the operator for `counselor migrate`). The program
 * table's policies (migration 15) cover its new columns. Expressions copied from migration 15, not
 * imported: a shipped migration does not change when a later one does.
 */
const OPERATOR = '(SELECT counselor_operator())';
const ROLE = '(SELECT role FROM counselor_actor())';

export const frameworkYearPostgres: PostgresMigration = {
  version: 22,
  name: 'framework year',
  async up(db) {
    await sql`
      CREATE TABLE framework_year (
        school_year integer PRIMARY KEY CHECK (school_year BETWEEN 2000 AND 2200),
        edition     text COLLATE "C" NOT NULL CHECK (edition IN ('2016', '2024')),
        changed_at  text COLLATE "C" NOT NULL,
        changed_by  text
      );
      ALTER TABLE program ADD COLUMN cluster_2024 text COLLATE "C" CHECK (cluster_2024 IS NULL OR cluster_2024 ~ '^[A-Z]{3}$');
      ALTER TABLE program ADD COLUMN subcluster_2024 text COLLATE "C" CHECK (subcluster_2024 IS NULL OR (cluster_2024 IS NOT NULL
        AND subcluster_2024 ~ '^[A-Z]{3}-[A-Z]{3}$' AND left(subcluster_2024, 4) = cluster_2024 || '-'));
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE framework_year ENABLE ROW LEVEL SECURITY;
         ALTER TABLE framework_year FORCE ROW LEVEL SECURITY;
         CREATE POLICY framework_year_read ON framework_year FOR SELECT USING (${OPERATOR} OR ${ROLE} IS NOT NULL);
         CREATE POLICY framework_year_insert ON framework_year FOR INSERT WITH CHECK (${OPERATOR} OR ${ROLE} = 'lead');
         CREATE POLICY framework_year_update ON framework_year FOR UPDATE USING (${OPERATOR} OR ${ROLE} = 'lead') WITH CHECK (${OPERATOR} OR ${ROLE} = 'lead');
         CREATE POLICY framework_year_delete ON framework_year FOR DELETE USING (${OPERATOR} OR ${ROLE} = 'lead');`,
      )
      .execute(db);
  },
};
