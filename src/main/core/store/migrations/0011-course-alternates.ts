import type { Migration } from '../migration';

/**
 * A planned course can be an alternate for another planned course of the same year: what the
 * scheduler tries, in rank order (1 first), when the first choice cannot be scheduled. It is a
 * request, not a course taken, so it counts toward nothing. Both columns are set together or not
 * at all (written so that a NULL never lets a half-set pair through: a CHECK passes on NULL); `alternate_for` is the other course's id within the same plan (no foreign key: plan
 * courses are rewritten whole on every change, and the plan rules keep the link true).
 */
export const courseAlternatesMigration: Migration = {
  version: 11,
  name: 'alternate courses in plans',
  up(db) {
    db.exec(`
      ALTER TABLE plan_course ADD COLUMN alternate_for TEXT CHECK (alternate_for IS NULL OR alternate_for GLOB 'c-[0-9]*');
      ALTER TABLE plan_course ADD COLUMN alternate_rank INTEGER
        CHECK ((alternate_for IS NULL) = (alternate_rank IS NULL) AND ifnull(alternate_rank, 1) BETWEEN 1 AND 20);
    `);
  },
};
