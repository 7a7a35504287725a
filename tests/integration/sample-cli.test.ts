import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor, demoStore } from '../helpers/cli';
import { caseloadSnapshot } from '../helpers/store-snapshot';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const fixture = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts);
const REFUSAL =
  'counselor: This store holds the sample school (Lincoln High School). Remove the sample school first ("Remove sample school" at the top of every page, or the command counselor demo --remove), then import your';

const demo = async (): Promise<string> => (await demoStore(tempDir())).db;

describe('counselor demo --remove', () => {
  it('refuses a roster import, a dry run and a catalog import into the sample school: exit 1, one sentence, nothing written', async () => {
    const db = await demo();
    const before = caseloadSnapshot(db);
    const attempts = [
      ['import', fixture('roster', 'powerschool.csv')],
      ['import', fixture('roster', 'powerschool.csv'), '--dry-run', '--json'],
      ['catalog', 'import', fixture('catalog', 'district-catalog.csv')],
    ];
    for (const args of attempts) {
      const result = await counselor([...args, '--db', db]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr.startsWith(REFUSAL)).toBe(true);
    }
    expect(caseloadSnapshot(db)).toBe(before);
    expect(existsSync(join(db, '..', 'backups'))).toBe(false);
  });

  it('removes the sample school with a backup, and then the roster imports with no sample left', async () => {
    const db = await demo();
    const sample = JSON.parse((await counselor(['students', '--json', '--db', db])).stdout) as { students: unknown[] };

    const removed = await counselor(['demo', '--remove', '--json', '--db', db]);
    expect(removed).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(removed.stdout) as Record<string, unknown> & { backupPath: string; removed: Record<string, number> };
    expect(Object.keys(json).sort()).toEqual(['backupPath', 'kept', 'removed', 'school', 'store']);
    expect(json).toMatchObject({ school: 'Lincoln High School', store: db, kept: { courses: [], programs: [], postsecondary: [] } });
    expect(json.removed.students).toBe(sample.students.length);
    expect(existsSync(json.backupPath)).toBe(true);

    const imported = await counselor(['import', fixture('roster', 'powerschool.csv'), '--json', '--db', db]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 4, updated: 0, absent: 0 });
    const plan = JSON.parse((await counselor(['plan', '100107', '--json', '--db', db])).stdout) as { status: string; student: { firstName: string } };
    expect(plan).toMatchObject({ status: 'none', student: { firstName: 'Thị Ánh' } });
    expect(JSON.parse((await counselor(['courses', '--json', '--db', db])).stdout)).toEqual({ courses: [], postsecondary: [] });
  });

  it('says in text what it removed and where the backup is; a second removal and wrong usage are refused', async () => {
    const db = await demo();
    const text = await counselor(['demo', '--remove', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Removed the sample school \(Lincoln High School\) from .*school\.db: \d+ students, \d+ plans, \d+ courses, \d+ programs of study, \d+ postsecondary entries\.\nBackup taken before the removal: .*before-sample-removal\.db$/);

    const again = await counselor(['demo', '--remove', '--db', db]);
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: 'counselor: This store does not hold the sample school; there is nothing to remove.' });
    expect((await counselor(['demo', '--frobnicate', '--db', db])).code).toBe(2);
    expect((await counselor(['demo', 'lincoln', '--db', db])).code).toBe(2);
    // The sample loads again into the now empty store, as before.
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
  });
});
