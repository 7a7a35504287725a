import type { Migration } from '../migration';

/**
 * Stamps that say whose caseload standing may have changed (issue 13, "Fast at 20,000"), so the
 * workstation's standings cache (plans/standings-cache.ts) recomputes only those students.
 *
 * One row per scope: a student number, or '*' for what every standing reads (the catalog, the
 * requirement sets, the transcript matching, the started school year). `tick` is one counter for
 * the whole table: each bump sets the scope's tick above the table's largest, so "changed since
 * tick T" is one range read of the tick index.
 *
 * Bumped by triggers, not by the code that writes: a trigger also catches the job worker's
 * connection, the command line, a restore, and another program writing the file. The triggers
 * cover every table planStandings reads (the plan and its courses, goals, experiences,
 * credentials and acknowledgements; the course history; the student's grade, class year and
 * number) and the school-wide ones. The table lists are written out here, not imported: a shipped
 * migration does not change when later code does.
 */
const PER_STUDENT = ['plan', 'plan_course', 'plan_goal', 'plan_experience', 'plan_credential', 'plan_acknowledgement', 'course_history'];
const SCHOOL_WIDE = [
  'course', 'course_pathway', 'postsecondary_entry', 'requirement_set', 'requirement_area', 'requirement_rule',
  'history_course_match', 'catalog_department', 'school_year_start',
];

/**
 * The next tick: the largest plus one, and never less than the clock in microseconds (julianday:
 * every SQLite a counselor's other programs may bring knows it). The clock's floor is what makes a
 * restore safe: an older copy put back carries smaller ticks than a reader has seen, and the
 * restore's own school-wide bump (store/restore.ts) then lands above all of them.
 */
const NEXT_TICK = `(SELECT max(ifnull(max(tick), 0) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) FROM standing_stamp)`;

const bump = (scope: string) =>
  `INSERT INTO standing_stamp (scope, tick) VALUES (${scope}, ${NEXT_TICK})
     ON CONFLICT (scope) DO UPDATE SET tick = excluded.tick;`;

function perStudent(table: string): string {
  return `
    CREATE TRIGGER standing_${table}_insert AFTER INSERT ON ${table} BEGIN ${bump('NEW.student_number')} END;
    CREATE TRIGGER standing_${table}_delete AFTER DELETE ON ${table} BEGIN ${bump('OLD.student_number')} END;
    CREATE TRIGGER standing_${table}_update AFTER UPDATE ON ${table} BEGIN ${bump('NEW.student_number')} END;
    CREATE TRIGGER standing_${table}_move AFTER UPDATE OF student_number ON ${table}
      WHEN OLD.student_number IS NOT NEW.student_number BEGIN ${bump('OLD.student_number')} END;`;
}

function schoolWide(table: string): string {
  return ['INSERT', 'DELETE', 'UPDATE']
    .map((event) => `CREATE TRIGGER standing_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${bump("'*'")} END;`)
    .join('\n');
}

export const standingStampsMigration: Migration = {
  version: 23,
  name: 'standing stamps',
  up(db) {
    db.exec(`
      CREATE TABLE standing_stamp (
        scope TEXT PRIMARY KEY NOT NULL CHECK (length(scope) BETWEEN 1 AND 64),
        tick  INTEGER NOT NULL CHECK (tick > 0)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX standing_stamp_by_tick ON standing_stamp (tick);

      ${PER_STUDENT.map(perStudent).join('\n')}
      ${SCHOOL_WIDE.map(schoolWide).join('\n')}

      -- The student row: only what the standing reads (a roster import rewrites names and contacts
      -- of every student; those must not cost a bump). A new student has neither a plan nor a
      -- history, so no standing, and costs no bump either; unless a program writing without
      -- foreign keys put those rows in first.
      CREATE TRIGGER standing_student_insert AFTER INSERT ON student
        WHEN EXISTS (SELECT 1 FROM plan WHERE student_number = NEW.student_number)
          OR EXISTS (SELECT 1 FROM course_history WHERE student_number = NEW.student_number)
        BEGIN ${bump('NEW.student_number')} END;
      CREATE TRIGGER standing_student_delete AFTER DELETE ON student BEGIN ${bump('OLD.student_number')} END;
      CREATE TRIGGER standing_student_update AFTER UPDATE OF student_number, grade, class_year ON student
        WHEN OLD.student_number IS NOT NEW.student_number OR OLD.grade IS NOT NEW.grade OR OLD.class_year IS NOT NEW.class_year
        BEGIN ${bump('NEW.student_number')} END;
      CREATE TRIGGER standing_student_move AFTER UPDATE OF student_number ON student
        WHEN OLD.student_number IS NOT NEW.student_number BEGIN ${bump('OLD.student_number')} END;
    `);
  },
};
