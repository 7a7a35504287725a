import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCourses } from '../../../src/main/core/courses/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { courseRetiredMigration } from '../../../src/main/core/store/migrations/0007-course-retired';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/** Retiring courses itself is tested in tests/integration/plans/course-edits.test.ts. */
describe('migration 7: retired courses and catalog department mappings', () => {
  it('upgrades a store from the version before with every course offered and its plans intact', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = courseRetiredMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    saveStudents(old.db, [student('000123', 10)], TODAY);
    old.db.exec(`
      INSERT INTO course (number, title, credits, area, grades, length, prerequisites, cte, ap, ib, honors, repeatable, tags, updated_at)
        VALUES ('0201', 'Algebra 1', 1, 'math', '[9]', 'year', '[]', 0, 0, 0, 0, 0, '[]', 'now'),
               ('0721', 'Intro to Agriscience', 1, 'cte', '[9,10]', 'year', '[]', 1, 0, 0, 0, 0, '[]', 'now');
      INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now');
      INSERT INTO plan_course (student_number, id, position, year, term, course_number, status) VALUES ('000123', 'c-1', 0, '9', 'full_year', '0201', 'completed');
    `);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    expect(listCourses(store.db).map((c) => [c.number, c.retired])).toEqual([['0201', false], ['0721', false]]);
    expect(store.db.prepare('SELECT course_number FROM plan_course').pluck().all()).toEqual(['0201']);
    expect(store.db.prepare('SELECT count(*) FROM catalog_department').pluck().get()).toBe(0);
    expect(() => store.db.prepare("UPDATE course SET retired = 2 WHERE number = '0201'").run()).toThrow(/CHECK/);
    expect(() => store.db.prepare("INSERT INTO catalog_department VALUES ('agriculture', 'Agriculture', 'farming', 'now')").run()).toThrow(/CHECK/);
    store.close();
  });
});
