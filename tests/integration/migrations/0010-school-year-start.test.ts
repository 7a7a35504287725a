import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { schoolYearStartMigration } from '../../../src/main/core/store/migrations/0010-school-year-start';
import { findStudent, saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

describe('migration 10: graduated students and school year starts', () => {
  it('rebuilds the student table with guardians, plans, history and indexes intact, and foreign keys still enforced', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = schoolYearStartMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    const withGuardians = { ...student('000123', 12), guardians: [{ name: 'María Peña', relationship: 'mother', email: null, phone: '608-555-0100', preferredLanguage: 'Spanish' }] };
    saveStudents(old.db, [withGuardians, { ...student('000456', 10), status: 'not_in_latest_roster' }], TODAY);
    old.db.exec(`
      INSERT INTO plan (student_number, career_interests, last_reviewed, updated_at) VALUES ('000123', '[]', '2026-10-01', 'now');
      INSERT INTO plan_course (student_number, id, position, year, term, course_number, status) VALUES ('000123', 'c-1', 0, '9', 'full_year', '0201', 'planned');
      INSERT INTO plan_history (student_number, changed_at, operation, snapshot) VALUES ('000123', 'now', 'setNotes', 'null');
      INSERT INTO history_import (file_name, imported_at, report) VALUES ('storedgrades.csv', 'now', '{}');
      INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, title, grade, result, credits_earned, excluded, import_id, updated_at)
        VALUES ('000123', '2024|S1|0201|1', 2024, 9, 'S1', 0, '0201', 'Algebra 1', 'B+', 'passed', 0.5, 0, 1, 'now');
    `);
    const indexesBefore = old.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'student' ORDER BY name").all();
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    const { db } = store;
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    // Nothing cascaded away while the old table was dropped.
    expect(findStudent(db, '000123')?.guardians).toEqual([withGuardians.guardians[0]]);
    expect(findStudent(db, '000456')?.status).toBe('not_in_latest_roster');
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('plan'), count('plan_course'), count('plan_history'), count('course_history')]).toEqual([1, 1, 1, 1]);
    expect(db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'student' ORDER BY name").all()).toEqual(indexesBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    // The new status is taken, an unknown one is not; references to the rebuilt table still hold.
    db.prepare("UPDATE student SET status = 'graduated' WHERE student_number = '000123'").run();
    expect(() => db.prepare("UPDATE student SET status = 'left' WHERE student_number = '000123'").run()).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO guardian (student_number, position, name) VALUES ('999999', 0, 'Nobody')")).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('999999', '[]', 'now')")).toThrow(/FOREIGN KEY/);
    // Renumbering a student still carries the plan and guardians with it.
    db.prepare("UPDATE student SET student_number = '000124' WHERE student_number = '000123'").run();
    expect(db.prepare("SELECT student_number FROM plan").pluck().all()).toEqual(['000124']);
    expect(findStudent(db, '000124')?.guardians).toHaveLength(1);

    // A start is recorded once per school year until undone; its changes are checked.
    db.exec("INSERT INTO school_year_start (school_year, started_at, started_on) VALUES (2028, '2026-12-02T10:00:00Z', '2026-12-02')");
    expect(() => db.exec("INSERT INTO school_year_start (school_year, started_at, started_on) VALUES (2028, 'now', '2026-12-02')")).toThrow(/UNIQUE/);
    const change = db.prepare('INSERT INTO school_year_change (start_id, student_number, kind, status_before, grade_from, grade_to) VALUES (1, ?, ?, ?, ?, ?)');
    change.run('000124', 'graduated', 'active', null, null);
    change.run('000456', 'grade_advanced', null, 10, 11);
    expect(() => change.run('000456', 'review_reset', null, null, null)).not.toThrow();
    expect(() => db.prepare("INSERT INTO school_year_change (start_id, student_number, kind, grade_from, grade_to) VALUES (1, '000124', 'grade_advanced', 10, 12)").run()).toThrow(/CHECK/);
    expect(() => change.run('000999', 'graduated', 'active', null, null)).toThrow(/FOREIGN KEY/);
    db.exec('UPDATE school_year_start SET undone_at = \'2026-12-02T11:00:00Z\'');
    expect(() => db.exec("INSERT INTO school_year_start (school_year, started_at, started_on) VALUES (2028, 'later', '2026-12-03')")).not.toThrow();
    store.close();
  });
});
