import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addConference } from '../../../src/main/core/conferences/record';
import { openStore } from '../../../src/main/core/store/connection';
import { counselor } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('counselor conferences STUDENT', () => {
  it("lists a student's conferences, most recent first, as text and as JSON; an unknown student exits 1, no student exits 2", async () => {
    const db = join(tempDir(), 'school.db');
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
    const store = await openStore(db);
    const base = { studentNumber: '004100', others: null, notes: null, printSnapshotId: null, interpreter: false, interpreterName: null };
    addConference(store.db, { ...base, heldOn: '2025-10-02', studentAttended: true, guardians: [], language: 'English' });
    addConference(store.db, {
      ...base,
      heldOn: '2026-10-14',
      studentAttended: false,
      guardians: ['Nguyễn Văn Hùng'],
      others: 'Aunt Mai',
      language: 'Vietnamese',
      interpreter: true,
      interpreterName: 'Ms. Lê',
      notes: 'Welding pathway.\nStart College Now next fall.',
    });
    store.close();

    const text = await counselor(['conferences', '004100', '--db', db]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout.split('\n')).toEqual([
      '2026-10-14 · Nguyễn Văn Hùng, Aunt Mai · Vietnamese · interpreter Ms. Lê',
      '  Welding pathway. / Start College Now next fall.',
      '2025-10-02 · student · English',
      '2 conferences',
    ]);

    const json = await counselor(['conferences', '004100', '--json', '--db', db]);
    const listed = JSON.parse(json.stdout) as { studentNumber: string; conferences: { heldOn: string; guardians: string[]; interpreterName: string | null }[] };
    expect(listed.studentNumber).toBe('004100');
    expect(listed.conferences.map((c) => [c.heldOn, c.guardians, c.interpreterName])).toEqual([
      ['2026-10-14', ['Nguyễn Văn Hùng'], 'Ms. Lê'],
      ['2025-10-02', [], null],
    ]);

    expect(await counselor(['conferences', '999999', '--db', db])).toMatchObject({ code: 1, stderr: 'counselor: No student with number 999999 is in the caseload.' });
    expect((await counselor(['conferences', '--db', db])).code).toBe(2);
    expect((await counselor(['conferences', '004100', '100102', '--db', db])).code).toBe(2);
  });
});
