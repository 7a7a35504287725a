import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/main/core/store/migrations';
import { openStore } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

describe('migration 4: catalog, programs, requirements and plans', () => {
  it('upgrades a version-3 store with its students intact and no plans', async () => {
    const path = join(tempDir(), 'counselor.db');
    const old = await openStore(path, { migrations: migrations.slice(0, 3) });
    saveStudents(old.db, [student('000123', 10)], TODAY);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, 4) });
    expect(store.opened).toMatchObject({ fromVersion: 3, toVersion: 4 });
    expect(store.opened.backupPath).not.toBeNull();
    expect(store.db.prepare('SELECT student_number FROM student').pluck().all()).toEqual(['000123']);
    for (const table of ['course', 'course_pathway', 'postsecondary_entry', 'program', 'program_course', 'requirement_set', 'plan', 'plan_course', 'plan_history']) {
      expect(store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    store.close();
  });

  it('refuses what the schema says cannot be: third-of-a-credit courses, plans for unknown students, unknown pathways', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const course = store.db.prepare(
      `INSERT INTO course (number, title, credits, area, grades, length, prerequisites, cte, ap, ib, honors, repeatable, tags, updated_at)
       VALUES (?, 'T', ?, ?, '[9]', 'year', '[]', 0, 0, 0, 0, 0, '[]', 'now')`,
    );
    expect(() => course.run('A', 0.3, 'math')).toThrow(/CHECK/);
    expect(() => course.run('B', 1, 'basket_weaving')).toThrow(/CHECK/);
    course.run('C', 0.75, 'math');
    expect(() => store.db.prepare("INSERT INTO course_pathway VALUES ('C', 'ZZ-ZZZ')").run()).toThrow(/FOREIGN KEY/);
    expect(() => store.db.prepare("INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('nobody', '[]', 'now')").run()).toThrow(/FOREIGN KEY/);
    store.close();
  });
});
