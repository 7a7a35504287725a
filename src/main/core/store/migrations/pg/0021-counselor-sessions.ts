import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 21: the department server's sessions, by the SHA-256 of their id.
 * Row-level security: the operator only (the server's own work, `counselor.operator` set by
 * store/row-security.ts declareAsker for a null actor), for reading as for writing; no counselor,
 * lead or admin reads whose sessions are open. The expression is copied from migration 15, not
 * imported: a shipped migration does not change when a later one does.
 */
const OPERATOR = '(SELECT counselor_operator())';

export const counselorSessionsPostgres: PostgresMigration = {
  version: 21,
  name: 'counselor sessions',
  async up(db) {
    await sql`
      CREATE TABLE counselor_session (
        id_sha256   text COLLATE "C" PRIMARY KEY CHECK (id_sha256 ~ '^[0-9a-f]{64}$'),
        user_name   text COLLATE "C" NOT NULL CHECK (length(user_name) BETWEEN 1 AND 64),
        idle_until  text COLLATE "C" NOT NULL,
        expires_at  text COLLATE "C" NOT NULL
      );
      CREATE INDEX counselor_session_by_user ON counselor_session (user_name);
    `.execute(db);
    await sql
      .raw(
        `ALTER TABLE counselor_session ENABLE ROW LEVEL SECURITY;
         ALTER TABLE counselor_session FORCE ROW LEVEL SECURITY;
         CREATE POLICY counselor_session_operator ON counselor_session USING (${OPERATOR}) WITH CHECK (${OPERATOR});`,
      )
      .execute(db);
  },
};
