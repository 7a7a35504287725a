import type { Migration } from '../migration';

/**
 * Counselors' accounts for the department server (issue 16): who signs in, under which name the
 * roster writes them (`display_name`, matched to `student.counselor`: a counselor edits the plans
 * of their own caseload), their role, and the password as an Argon2id hash (core/accounts). The
 * workstation's own store has the table too and leaves it empty: one schema serves both stores, and
 * a store moved to the department server with `counselor migrate` carries no accounts.
 * `user_name` is kept in lower case (ASCII folding, as both stores' lower() does), so "MAlvarez"
 * and "malvarez" are one account. An account is disabled, never deleted: the audit log names it.
 */
export const counselorAccountsMigration: Migration = {
  version: 13,
  name: 'counselor accounts',
  up(db) {
    db.exec(`
      CREATE TABLE counselor_account (
        id             INTEGER PRIMARY KEY,
        user_name      TEXT NOT NULL CHECK (length(user_name) BETWEEN 1 AND 64 AND user_name = lower(user_name) AND user_name NOT GLOB '*[^a-z0-9._-]*'),
        display_name   TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        role           TEXT NOT NULL CHECK (role IN ('counselor', 'lead', 'admin')),
        password_hash  TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$*'),
        created_at     TEXT NOT NULL,
        disabled_at    TEXT
      ) STRICT;
      CREATE UNIQUE INDEX counselor_account_user_name ON counselor_account (user_name);
    `);
  },
};
