import { recognizeEarlierSample } from '../../sample/recognize';
import type { Migration } from '../migration';

/**
 * The store says whether it holds the sample school, and which rows the sample put there, so the
 * sample can be removed exactly (and nothing the counselor added with it) and every import can be
 * refused while it is there: a real roster must never meet the sample's invented students, whose
 * numbers (100101 ...) a real school may well use.
 *
 * `sample_item` names rows by their key rather than by foreign keys: one small list covers
 * students, courses, programs of study and postsecondary entries, and a key that no longer
 * matches a row simply removes nothing. A store that got the sample before this version is
 * recognised here, row by row, by the sample's own numbers and names.
 */
export const sampleSchoolMigration: Migration = {
  version: 6,
  name: 'sample school record',
  up(db) {
    db.exec(`
      CREATE TABLE sample_school (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        name      TEXT NOT NULL,
        loaded_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sample_item (
        kind TEXT NOT NULL CHECK (kind IN ('student', 'course', 'program', 'postsecondary')),
        key  TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
    `);
    recognizeEarlierSample(db);
  },
};
