import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor, demoStore } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('counselor student add | update | reassign (issue 13)', () => {
  it('adds a transfer student, changes a field, reassigns, and shows the import-style refusal with exit 1', async () => {
    const { db } = await demoStore(tempDir());
    const add = await counselor(['student', 'add', 'T-900', '--first', 'Amara', '--last', 'Okafor', '--grade', '10', '--guardian', 'Chidi Okafor;Father;chidi@example.org;;Igbo', '--db', db]);
    expect(add, add.stderr).toMatchObject({ code: 0, stdout: 'Added #T-900 Okafor, Amara, grade 10.' });
    const update = await counselor(['student', 'update', 'T-900', '--homeroom', '214', '--json', '--db', db]);
    expect(update.code, update.stderr).toBe(0);
    expect(JSON.parse(update.stdout)).toMatchObject({ student: { homeroom: '214', guardians: [{ name: 'Chidi Okafor', preferredLanguage: 'Igbo' }] }, changed: ['homeroom'] });
    const moved = await counselor(['student', 'reassign', 'T-900', '004100', '--to', 'Ms. Rivera', '--json', '--db', db]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout).changed.map((c: { studentNumber: string }) => c.studentNumber)).toEqual(['T-900', '004100']);
    const bad = await counselor(['student', 'update', 'T-900', '--grade', '3', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/grade/i);
    const clash = await counselor(['student', 'add', '004100', '--first', 'A', '--last', 'B', '--db', db]);
    expect(clash).toMatchObject({ code: 1 });
    expect(clash.stderr).toMatch(/Student number 004100 already belongs to /);
    expect(await counselor(['student', 'update', 'T-900', '--db', db])).toMatchObject({ code: 2 });
    expect(await counselor(['student', 'reassign', 'T-900', '--db', db])).toMatchObject({ code: 2 });
  });

  it("import --dry-run lists a hand value beside the roster's; --take-roster-values takes the roster's", async () => {
    const db = join(tempDir(), 'school.db');
    const file = join(__dirname, '..', '..', 'fixtures', 'roster', 'powerschool.csv');
    expect((await counselor(['import', file, '--db', db])).code).toBe(0);
    expect((await counselor(['student', 'update', '000123', '--homeroom', '230', '--db', db])).code).toBe(0);
    const dry = await counselor(['import', file, '--dry-run', '--db', db]);
    expect(dry.stdout).toContain('row 2, 000123 García López, María José: Homeroom entered by hand: 230; roster says: 101; kept unless --take-roster-values.');
    expect((await counselor(['import', file, '--db', db])).code).toBe(0);
    const kept = await counselor(['student', 'update', '000123', '--homeroom', '230', '--db', db]);
    expect(kept.stdout, 'the import kept the hand value').toContain('nothing changed');
    expect((await counselor(['import', file, '--take-roster-values', '--db', db])).code).toBe(0);
    const taken = await counselor(['student', 'update', '000123', '--homeroom', '101', '--json', '--db', db]);
    expect(JSON.parse(taken.stdout).changed, "the roster's value was taken").toEqual([]);
  });
});
