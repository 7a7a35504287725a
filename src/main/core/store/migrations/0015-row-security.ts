import type { Migration } from '../migration';

/**
 * Row-level security (issue 16). Nothing to do on a workstation: its store is one counselor's own
 * file, opened by one operating-system account, so there is no second counselor for a policy to
 * keep out (and SQLite has no policies). The department server's twin (pg/0015-row-security.ts)
 * is where the rules live; this migration keeps the two stores' versions in step.
 */
export const rowSecurityMigration: Migration = {
  version: 15,
  name: 'row-level security',
  up() {},
};
