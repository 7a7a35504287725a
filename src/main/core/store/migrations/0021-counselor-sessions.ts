import type { Migration } from '../migration';

/**
 * The department server's signed-in sessions (issue 16), kept so a restart of the server does not
 * sign every counselor out. Only the SHA-256 of a session's id is stored (the id itself lives in
 * the counselor's cookie alone, so a copy of this table cannot be replayed as a cookie), with the
 * account and the two instants the session ends at: `idle_until` (moved on as the counselor works)
 * and `expires_at` (sign-in plus the absolute limit). The workstation's store has the table too and
 * leaves it empty, as it does counselor_account: one schema serves both stores.
 */
export const counselorSessionsMigration: Migration = {
  version: 21,
  name: 'counselor sessions',
  up(db) {
    db.exec(`
      CREATE TABLE counselor_session (
        id_sha256   TEXT PRIMARY KEY NOT NULL CHECK (length(id_sha256) = 64 AND id_sha256 NOT GLOB '*[^0-9a-f]*'),
        user_name   TEXT NOT NULL CHECK (length(user_name) BETWEEN 1 AND 64),
        idle_until  TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX counselor_session_by_user ON counselor_session (user_name);
    `);
  },
};
