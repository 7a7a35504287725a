import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 23: the standing_stamp table, so both stores keep one schema, but
 * no triggers and no rows. The department server computes every standing live as the signed-in
 * counselor (plans/caseload-as.ts, reports/reads-as.ts): it keeps no standings cache for the
 * stamps to invalidate. Row-level security: the operator only, as for counselor_session (a
 * workstation moved in by `counselor migrate` copies its stamps as the operator); the expression
 * is copied from migration 15, not imported.
 */
const OPERATOR = '(SELECT counselor_operator())';

export const standingStampsPostgres: PostgresMigration = {
  version: 23,
  name: 'standing stamps',
  async up(db) {
    await sql`
      CREATE TABLE standing_stamp (
        scope text COLLATE "C" PRIMARY KEY CHECK (length(scope) BETWEEN 1 AND 64),
        tick  bigint NOT NULL CHECK (tick > 0)
      );
      CREATE INDEX standing_stamp_by_tick ON standing_stamp (tick);
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE standing_stamp ENABLE ROW LEVEL SECURITY;
         ALTER TABLE standing_stamp FORCE ROW LEVEL SECURITY;
         CREATE POLICY standing_stamp_operator ON standing_stamp USING (${OPERATOR}) WITH CHECK (${OPERATOR});`,
      )
      .execute(db);
  },
};
