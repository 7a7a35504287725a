import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/main/core/plans/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { courseAlternatesMigration } from '../../../src/main/core/store/migrations/0011-course-alternates';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/** The alternate rules themselves are tested in tests/integration/plans/alternates.test.ts. */
describe('migration 11: alternate courses in plans', () => {
  it('upgrades a store from the version before with every planned course a course of its own', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = courseAlternatesMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    saveStudents(old.db, [student('000123', 10)], TODAY);
    old.db.exec(`
      INSERT INTO course (number, title, credits, area, grades, length, prerequisites, cte, ap, ib, honors, repeatable, tags, updated_at)
        VALUES ('SCI311', 'AP Biology', 1, 'science', '[11,12]', 'year', '[]', 0, 1, 0, 0, 0, '[]', 'now'),
               ('SCI321', 'AP Chemistry', 1, 'science', '[11,12]', 'year', '[]', 0, 1, 0, 0, 0, '[]', 'now');
      INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now');
      INSERT INTO plan_course (student_number, id, position, year, term, course_number, status)
        VALUES ('000123', 'c-1', 0, '11', 'full_year', 'SCI311', 'planned'), ('000123', 'c-2', 1, '11', 'full_year', 'SCI321', 'planned');
    `);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    const plan = readPlan(store.db, '000123')!;
    expect(plan.courses.map((c) => [c.id, c.courseNumber, c.alternate ?? null])).toEqual([['c-1', 'SCI311', null], ['c-2', 'SCI321', null]]);
    store.db.prepare("UPDATE plan_course SET alternate_for = 'c-1', alternate_rank = 1 WHERE id = 'c-2'").run();
    expect(readPlan(store.db, '000123')!.courses[1]!.alternate).toEqual({ forCourseId: 'c-1', rank: 1 });
    // Both set or neither, a rank from 1, a course id for the course stood in for.
    expect(() => store.db.prepare("UPDATE plan_course SET alternate_rank = NULL WHERE id = 'c-2'").run()).toThrow(/CHECK/);
    expect(() => store.db.prepare("UPDATE plan_course SET alternate_rank = 0 WHERE id = 'c-2'").run()).toThrow(/CHECK/);
    expect(() => store.db.prepare("UPDATE plan_course SET alternate_for = 'SCI311' WHERE id = 'c-2'").run()).toThrow(/CHECK/);
    expect(() => store.db.prepare("UPDATE plan_course SET alternate_rank = 2 WHERE id = 'c-1'").run()).toThrow(/CHECK/);
    store.close();
  });
});
