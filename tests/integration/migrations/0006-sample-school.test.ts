import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleSchool, sampleStudents } from '../../../src/main/core/sample/load';
import { sampleStatus } from '../../../src/main/core/store/sample-record';
import { removeSampleSchool } from '../../../src/main/core/sample/remove';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { sampleSchoolMigration } from '../../../src/main/core/store/migrations/0006-sample-school';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const TODAY = new Date('2026-11-28T12:00:00Z');
/** The sample record's version, and the one before it (read, so that renumbering at a merge keeps these tests true). */
const V = sampleSchoolMigration.version;
const BEFORE = V - 1;

/**
 * A store one version older that got the sample school from the application before it recorded it: the
 * sample loaded as today, then the record dropped and the version set back, which leaves exactly
 * the rows the older version wrote.
 */
async function olderStoreWithSample(path: string): Promise<void> {
  const store = await openStore(path);
  loadSampleSchool(store.db, TODAY);
  // Later migrations undone too (7: retired courses, 8: course history, 9: conferences, 10: school year starts, 11: alternates, 12: roster listing, 13: accounts), so the store is exactly one version older.
  // Migration 22's triggers go before the tables and columns they name (SQLite refuses to drop a column a trigger reads).
  for (const trigger of store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'standing_%'").pluck().all() as string[]) {
    store.db.exec(`DROP TRIGGER "${trigger}"`);
  }
  store.db.exec(`DROP TABLE standing_stamp; DROP TABLE counselor_session; ALTER TABLE plan DROP COLUMN subcluster_2024; ALTER TABLE plan DROP COLUMN cluster_2024; ALTER TABLE plan DROP COLUMN framework_edition;
                 ALTER TABLE print_snapshot DROP COLUMN renderer; ALTER TABLE print_snapshot DROP COLUMN hash_of; DROP TABLE framework_year; ALTER TABLE program DROP COLUMN subcluster_2024; ALTER TABLE program DROP COLUMN cluster_2024; DROP TABLE printout_language; DROP TABLE student_hand_entry; DROP TABLE school_settings; DROP TABLE audit_entry; ALTER TABLE plan DROP COLUMN revision; ALTER TABLE plan DROP COLUMN changed_by; DROP TABLE counselor_account; DROP TABLE student_reactivation; ALTER TABLE student DROP COLUMN roster_listed_at;
                 ALTER TABLE plan_course DROP COLUMN alternate_rank; ALTER TABLE plan_course DROP COLUMN alternate_for;
                 DROP TABLE school_year_change; DROP TABLE school_year_start; DROP TABLE conference; DROP TABLE course_history; DROP TABLE history_student; DROP TABLE history_import; DROP TABLE history_course_match;
                 ALTER TABLE requirement_set DROP COLUMN expected_by_grade;
                 DROP TABLE sample_item; DROP TABLE sample_school; DROP TABLE catalog_department;
                 ALTER TABLE course DROP COLUMN retired; PRAGMA user_version = ${BEFORE};`);
  store.close();
}

describe('migration: the sample school record', () => {
  it('upgrades a store from the version before without the sample: nothing recorded, its students intact', async () => {
    const path = join(tempDir(), 'counselor.db');
    const old = await openStore(path, { migrations: migrations.slice(0, BEFORE) });
    saveStudents(old.db, [{ studentNumber: '100107', firstName: 'Thị Ánh', middleName: null, lastName: 'Nguyễn', preferredName: null, grade: 11, classYear: 2028, dateOfBirth: null, email: null, counselor: null, homeroom: null, homeLanguage: null, guardians: [], status: 'active' }], TODAY);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: BEFORE, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    expect(sampleStatus(store.db)).toMatchObject({ loaded: false, students: 0 });
    expect(store.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(1);
    store.close();
  });

  it('recognises a sample loaded by an older version, but not a real student or course that took over a sample number', async () => {
    const path = join(tempDir(), 'counselor.db');
    await olderStoreWithSample(path);
    // What the defect did before this version: a real roster renamed the sample's 100107, and a
    // district catalog replaced the sample's ENG101 with its own course of that number.
    const old = await openStore(path, { migrations: migrations.slice(0, BEFORE) });
    old.db.prepare("UPDATE student SET first_name = 'Thị Ánh', last_name = 'Nguyễn' WHERE student_number = '100107'").run();
    old.db.prepare("UPDATE course SET title = 'English 9 (district)' WHERE number = 'ENG101'").run();
    old.close();

    const store = await openStore(path);
    const status = sampleStatus(store.db);
    expect(status).toMatchObject({ loaded: true, school: 'Lincoln High School' });
    expect(status.students).toBe(sampleStudents(TODAY).length - 1);
    const courses = store.db.prepare('SELECT count(*) FROM course').pluck().get() as number;
    expect(status.courses).toBe(courses - 1);
    const recorded = store.db.prepare('SELECT kind, key FROM sample_item').all() as { kind: string; key: string }[];
    expect(recorded).not.toContainEqual({ kind: 'student', key: '100107' });
    expect(recorded).not.toContainEqual({ kind: 'course', key: 'ENG101' });

    // Removing it then keeps the real student and the district's course.
    await removeSampleSchool(store.db, store.path, TODAY);
    expect(store.db.prepare('SELECT student_number, first_name FROM student').all()).toEqual([{ student_number: '100107', first_name: 'Thị Ánh' }]);
    expect(store.db.prepare("SELECT title FROM course WHERE number = 'ENG101'").pluck().get()).toBe('English 9 (district)');
    store.close();
  });

  it('refuses a second sample school record row', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const add = store.db.prepare("INSERT INTO sample_school (id, name, loaded_at) VALUES (?, 'Lincoln High School', 'now')");
    add.run(1);
    expect(() => add.run(2)).toThrow(/CHECK/);
    expect(() => store.db.prepare("INSERT INTO sample_item (kind, key) VALUES ('guardian', 'x')").run()).toThrow(/CHECK/);
    store.close();
  });
});
