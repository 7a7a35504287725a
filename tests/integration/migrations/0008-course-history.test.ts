import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStudentHistory } from '../../../src/main/core/history/repository';
import { requirementSetFor } from '../../../src/main/core/requirements/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { courseHistoryMigration } from '../../../src/main/core/store/migrations/0008-course-history';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

describe('migration 8: course history', () => {
  it('upgrades a store from the version before with its plans and requirement sets intact, and checks history rows', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = courseHistoryMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    saveStudents(old.db, [student('000123', 10)], TODAY);
    old.db.exec(`
      INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now');
      INSERT INTO plan_course (student_number, id, position, year, term, course_number, status) VALUES ('000123', 'c-1', 0, '9', 'full_year', '0201', 'planned');
      INSERT INTO requirement_set (class_year, name, total_credits, updated_at) VALUES (NULL, 'District', 22, 'now');
    `);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    const { db } = store;
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    expect(db.prepare('SELECT course_number FROM plan_course').pluck().all()).toEqual(['0201']);
    expect(requirementSetFor(db, 2028)).toMatchObject({ name: 'District', totalCredits: 22, expectedByGrade: null });

    db.exec(`INSERT INTO history_import (file_name, imported_at, report) VALUES ('storedgrades.csv', 'now', '{}')`);
    const insert = (values: string) =>
      db.prepare(
        `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, title, grade, result, credits_earned, excluded, import_id, updated_at)
         VALUES ${values}`,
      ).run();
    insert(`('000123', '2025|S1|0201|1', 2025, 9, 'S1', 0, '0201', 'Algebra 1', 'B+', 'passed', 0.5, 0, 1, 'now')`);
    expect(readStudentHistory(db, '000123')).toMatchObject([{ schoolYear: 2025, gradeLevel: 9, term: 'S1', grade: 'B+', result: 'passed', creditsEarned: 0.5, missing: false }]);
    expect(() => insert(`('000123', '2025|S1|0201|1', 2025, 9, 'S1', 0, '0201', 'Algebra 1', 'A', 'passed', 0.5, 0, 1, 'now')`)).toThrow(/UNIQUE/);
    expect(() => insert(`('000123', 'k2', 2025, 9, 'S2', 0, '0201', 'Algebra 1', 'A', 'aced', 0.5, 0, 1, 'now')`)).toThrow(/CHECK/);
    expect(() => insert(`('000123', 'k3', NULL, NULL, 'S2', 0, '0201', 'Algebra 1', 'A', 'passed', 0.5, 0, 1, 'now')`)).toThrow(/CHECK/);
    expect(() => insert(`('999999', 'k4', 2025, 9, 'S2', 0, '0201', 'Algebra 1', 'A', 'passed', 0.5, 0, 1, 'now')`)).toThrow(/FOREIGN KEY/);
    // History follows a renumbered student, as the plan does.
    db.prepare("UPDATE student SET student_number = '000124' WHERE student_number = '000123'").run();
    expect(readStudentHistory(db, '000124')).toHaveLength(1);
    store.close();
  });
});
