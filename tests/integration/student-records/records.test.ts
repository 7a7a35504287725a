import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntriesFor } from '../../../src/main/core/audit/log';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { addStudent, handEnteredFields, reassignStudents, undoReassign, updateStudent } from '../../../src/main/core/student-records/records';
import { findStudent } from '../../../src/main/core/students/repository';
import { CounselorError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const NOW = new Date('2026-12-03T12:00:00Z');

async function school() {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  loadSampleSchool(store.db, NOW);
  const [first, second] = store.db.prepare('SELECT student_number FROM student ORDER BY student_number LIMIT 2').pluck().all() as string[];
  return { store, db: kyselyOverStore(store.db), first: first!, second: second! };
}

async function refusal(promise: Promise<unknown>): Promise<CounselorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CounselorError);
  return error as CounselorError;
}

describe('students entered and changed by hand (issue 13)', () => {
  it('adds a transfer student checked like a roster row, marks what was typed, and keeps it in the history', async () => {
    const { store, db } = await school();
    const added = await addStudent(db, null, ' T-900 ', {
      firstName: 'Amara', lastName: 'Okafor', grade: '10', homeroom: '214', homeLanguage: 'Igbo',
      guardians: [{ name: 'Chidi Okafor', relationship: 'Father', email: 'chidi@example.org', preferredLanguage: 'Igbo' }],
    }, NOW);
    expect(added.student).toMatchObject({ studentNumber: 'T-900', grade: 10, classYear: 2029, status: 'active' });
    expect(findStudent(store.db, 'T-900')).toEqual(added.student);
    expect(added.changed.sort()).toEqual(['classYear', 'firstName', 'grade', 'guardians', 'homeLanguage', 'homeroom', 'lastName']);
    expect([...((await handEnteredFields(db)).get('T-900') ?? [])].sort()).toEqual(added.changed);
    expect((await auditEntriesFor(db, null, 'T-900')).map((e) => e.action)).toEqual(['students.add']);
    store.close();
  });

  it('refuses a number already held, and a row the import would refuse, with the sentence tied to the field; nothing is written', async () => {
    const { store, db, first } = await school();
    const before = store.db.prepare('SELECT count(*) FROM student').pluck().get();
    const clash = await refusal(addStudent(db, null, first, { firstName: 'Someone', lastName: 'Else' }, NOW));
    expect(clash.code).toBe('conflict');
    expect(clash.message).toMatch(new RegExp(`^Student number ${first} already belongs to `));
    const bad = await refusal(addStudent(db, null, 'T-901', { firstName: 'Lee', lastName: 'Park', grade: '3', guardians: [{ name: 'P', email: 'not-an-email' }] }, NOW));
    expect(bad.code).toBe('invalid_input');
    const problems = (bad.details as { problems: { field: string; reason: string }[] }).problems;
    expect(problems.map((p) => p.field)).toEqual(['grade', 'guardians']);
    expect(problems[0]!.reason).toMatch(/grade/i);
    const nameless = await refusal(addStudent(db, null, 'T-902', { firstName: 'Lee' }, NOW));
    expect((nameless.details as { problems: { field: string }[] }).problems).toEqual([{ field: 'lastName', reason: 'This row has no last name.' }]);
    expect(store.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(before);
    expect(store.db.prepare('SELECT count(*) FROM audit_entry').pluck().get()).toBe(0);
    store.close();
  });

  it('changes only the fields that differ, moves the class year with the grade, and records from and to', async () => {
    const { store, db, first } = await school();
    const held = findStudent(store.db, first)!;
    const grade = held.grade === 12 ? 11 : (held.grade ?? 9) + 1;
    const change = await updateStudent(db, null, first, { firstName: held.firstName, grade, homeroom: 'B-12' }, NOW);
    expect(change.changed.sort()).toEqual(['classYear', 'grade', 'homeroom']);
    expect(findStudent(store.db, first)).toMatchObject({ grade, homeroom: 'B-12', classYear: held.classYear! - (grade - held.grade!) });
    const [entry] = await auditEntriesFor(db, null, first);
    expect(entry).toMatchObject({ action: 'students.update', detail: { grade: { from: held.grade, to: grade }, homeroom: { from: held.homeroom, to: 'B-12' } } });
    expect([...((await handEnteredFields(db)).get(first) ?? [])].sort()).toEqual(['classYear', 'grade', 'homeroom']);
    const again = await updateStudent(db, null, first, { homeroom: ' B-12 ' }, NOW);
    expect(again.changed, 'typed as it was').toEqual([]);
    expect(await auditEntriesFor(db, null, first)).toHaveLength(1);
    const guardians = await updateStudent(db, null, first, { guardians: [] }, NOW);
    expect(guardians.changed).toEqual(held.guardians.length > 0 ? ['guardians'] : []);
    expect(findStudent(store.db, first)!.guardians).toEqual([]);
    await expect(updateStudent(db, null, 'nobody', { homeroom: 'X' }, NOW)).rejects.toThrow(/No student with number nobody/);
    store.close();
  });

  it('reassigns many students at once, all or nothing, with an entry for each student it changed', async () => {
    const { store, db, first, second } = await school();
    await updateStudent(db, null, second, { counselor: 'Ms. Rivera' }, NOW);
    const was = findStudent(store.db, first)!.counselor;
    expect(was).not.toBe('Ms. Rivera');
    const result = await reassignStudents(db, null, [first, second], 'Ms. Rivera', NOW);
    expect(result.unchanged).toEqual([second]);
    expect(result.changed).toEqual([{ studentNumber: first, from: was, to: 'Ms. Rivera' }]);
    expect(findStudent(store.db, first)!.counselor).toBe('Ms. Rivera');
    expect((await auditEntriesFor(db, null, first))[0]).toMatchObject({ action: 'students.reassign', detail: { counselor: { to: 'Ms. Rivera' } } });
    await expect(reassignStudents(db, null, [first, 'nobody'], 'Mr. Lee', NOW)).rejects.toThrow(/No student with number nobody/);
    expect(findStudent(store.db, first)!.counselor, 'the whole reassignment rolled back').toBe('Ms. Rivera');
    store.close();
  });

  it('takes a reassignment back in one step, leaving a student given to somebody else since', async () => {
    const { store, db } = await school();
    const three = store.db.prepare('SELECT student_number, counselor FROM student ORDER BY student_number LIMIT 3').all() as { student_number: string; counselor: string | null }[];
    const numbers = three.map((s) => s.student_number);
    const given = await reassignStudents(db, null, numbers, 'Mr. Okafor', NOW);
    await updateStudent(db, null, numbers[2]!, { counselor: 'Ms. Rivera' }, NOW);
    const back = await undoReassign(db, null, given.changed, NOW);
    expect(back.unchanged).toEqual([numbers[2]]);
    expect(back.changed.map((c) => c.studentNumber)).toEqual(numbers.slice(0, 2));
    expect(numbers.map((n) => findStudent(store.db, n)!.counselor)).toEqual([three[0]!.counselor, three[1]!.counselor, 'Ms. Rivera']);
    expect((await auditEntriesFor(db, null, numbers[0]!))[0]).toMatchObject({ action: 'students.reassign', detail: { undo: true, counselor: { from: 'Mr. Okafor' } } });
    store.close();
  });
});
