import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/core/store/connection';
import { findStudent, getStudent, saveStudents } from '../../src/main/core/students/repository';
import { listCaseload } from '../../src/main/core/plans/caseload';
import { loadSampleSchool, sampleStudents } from '../../src/main/core/sample/load';
import type { StudentInput } from '../../src/shared/domain/student';
import { CounselorError } from '../../src/shared/errors';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const ana: StudentInput = {
  studentNumber: '000123',
  firstName: 'Ana',
  middleName: 'Lucía',
  lastName: 'Peña',
  preferredName: null,
  grade: 10,
  classYear: 2029,
  dateOfBirth: '2010-02-28',
  email: 'ana.pena@example.org',
  counselor: 'Ms. Alvarez',
  homeroom: '104',
  homeLanguage: 'Spanish',
  status: 'active',
  guardians: [
    { name: 'María Peña', relationship: 'mother', email: null, phone: '608-555-0100', preferredLanguage: 'Spanish' },
    { name: 'Luis Peña', relationship: 'father', email: 'luis@example.org', phone: null, preferredLanguage: null },
  ],
};

describe('students in the store', () => {
  it('keeps a student number as text, leading zeros and all, and a date as YYYY-MM-DD', async () => {
    const path = join(tempDir(), 'counselor.db');
    const store = await openStore(path);
    saveStudents(store.db, [ana]);
    store.close();

    const reopened = await openStore(path);
    const raw = reopened.db.prepare('SELECT student_number, typeof(student_number) AS t, date_of_birth FROM student').get();
    expect(raw).toEqual({ student_number: '000123', t: 'text', date_of_birth: '2010-02-28' });
    expect(getStudent(reopened.db, '000123')).toEqual(ana);
    expect(findStudent(reopened.db, '123')).toBeNull();
    reopened.close();
  });

  it('refuses an impossible date and a grade outside 6–12 without storing anything', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    expect(() => saveStudents(store.db, [{ ...ana, dateOfBirth: '2010-02-30' }])).toThrow();
    expect(() => saveStudents(store.db, [{ ...ana, studentNumber: '2' }, { ...ana, grade: 15 }])).toThrow();
    expect(await listCaseload(store.db)).toEqual([]);
    store.close();
  });

  it('reports a missing student as not_found with the number in the sentence', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    let error: unknown;
    try {
      getStudent(store.db, '999999');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CounselorError);
    expect((error as CounselorError).code).toBe('not_found');
    expect((error as CounselorError).message).toContain('999999');
    store.close();
  });

  it('replaces guardians when a student is saved again', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    saveStudents(store.db, [ana]);
    saveStudents(store.db, [{ ...ana, guardians: [ana.guardians[1]!] }]);
    expect(getStudent(store.db, '000123').guardians.map((g) => g.name)).toEqual(['Luis Peña']);
    store.close();
  });
});

describe('the sample school', () => {
  const today = new Date('2026-11-28T12:00:00Z');

  it('has about 60 students in grades 9–12 with names from many languages, several counselors and homerooms', () => {
    const students = sampleStudents(today);
    expect(students.length).toBeGreaterThanOrEqual(55);
    expect(students.length).toBeLessThanOrEqual(70);
    expect(new Set(students.map((s) => s.grade))).toEqual(new Set([9, 10, 11, 12]));
    expect(new Set(students.map((s) => s.counselor)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(students.map((s) => s.homeroom)).size).toBeGreaterThanOrEqual(4);
    const languages = new Set(students.map((s) => s.homeLanguage));
    for (const l of ['Vietnamese', 'Spanish', 'Polish', 'Hmong', 'Arabic', 'Irish']) expect(languages).toContain(l);
    expect(new Set(students.map((s) => s.studentNumber)).size).toBe(students.length);
    expect(students.some((s) => s.studentNumber.startsWith('0'))).toBe(true);
    // grade 9 in the 2026–27 school year graduates in 2030
    expect(students.find((s) => s.grade === 9)?.classYear).toBe(2030);
  });

  it('loads into an empty store, and refuses a store that already has students', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const { studentsAdded } = loadSampleSchool(store.db, today);
    expect(await listCaseload(store.db)).toHaveLength(studentsAdded);
    expect((await listCaseload(store.db)).map((s) => s.lastName)).toContain('Nguyễn');
    expect(() => loadSampleSchool(store.db, today)).toThrow(/already holds/);
    expect(await listCaseload(store.db)).toHaveLength(studentsAdded);
    store.close();
  });
});
