import type { Migration } from '../migration';

/**
 * Remembered column mappings (keyed by the file's normalised header list, so next month's export
 * from the same system maps itself) and a log of every roster import with its report, so a
 * counselor can see what last night's sync did and save the rejected rows later.
 */
export const rosterImportsMigration: Migration = {
  version: 3,
  name: 'roster mappings and import log',
  up(db) {
    db.exec(`
      CREATE TABLE roster_mapping (
        header_key TEXT PRIMARY KEY NOT NULL,
        mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE roster_import (
        id          INTEGER PRIMARY KEY,
        file_name   TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        backup_path TEXT,
        report      TEXT NOT NULL CHECK (json_valid(report))
      ) STRICT;
    `);
  },
};
