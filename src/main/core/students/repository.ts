import type { Database as Db } from 'better-sqlite3';
import type { Guardian, Student, StudentInput } from '../../../shared/domain/student';
import { Student as StudentSchema } from '../../../shared/domain/student';
import { CounselorError } from '../../../shared/errors';
import { writeTransaction } from '../store/transaction';
import { preparedOnce } from '../store/statements';

/** A student row as the store holds it (the caseload listing in plans/ reads a part of it). */
export interface StudentRecord {
  student_number: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  preferred_name: string | null;
  grade: number | null;
  class_year: number | null;
  date_of_birth: string | null;
  email: string | null;
  counselor: string | null;
  homeroom: string | null;
  home_language: string | null;
  status: Student['status'];
}

export interface GuardianRecord {
  name: string;
  relationship: string | null;
  email: string | null;
  phone: string | null;
  preferred_language: string | null;
}

export function countStudents(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM student').get() as { n: number }).n;
}

export function findStudent(db: Db, studentNumber: string): Student | null {
  const r = preparedOnce(db, 'SELECT * FROM student WHERE student_number = ?').get(studentNumber) as
    | StudentRecord
    | undefined;
  if (!r) return null;
  const guardians = preparedOnce(db, 'SELECT name, relationship, email, phone, preferred_language FROM guardian WHERE student_number = ? ORDER BY position').all(
    studentNumber,
  ) as GuardianRecord[];
  return toStudent(r, guardians);
}

/** Whole students (with guardians) by number, two queries for the lot: a print batch reads its students a page at a time. */
export function findStudents(db: Db, studentNumbers: readonly string[]): Map<string, Student> {
  const wanted = JSON.stringify(studentNumbers);
  const records = preparedOnce(db, 'SELECT * FROM student WHERE student_number IN (SELECT value FROM json_each(?))').all(wanted) as StudentRecord[];
  const guardians = new Map<string, GuardianRecord[]>();
  const rows = preparedOnce(
    db,
    'SELECT student_number, name, relationship, email, phone, preferred_language FROM guardian WHERE student_number IN (SELECT value FROM json_each(?)) ORDER BY student_number, position',
  ).all(wanted) as (GuardianRecord & { student_number: string })[];
  for (const { student_number: number, ...g } of rows) {
    const list = guardians.get(number);
    if (list) list.push(g);
    else guardians.set(number, [g]);
  }
  return new Map(records.map((r) => [r.student_number, toStudent(r, guardians.get(r.student_number) ?? [])]));
}

/** Whole students (with guardians) in caseload order; only the given numbers when a list is passed. */
export function listStudents(db: Db, studentNumbers?: readonly string[]): Student[] {
  const records = db
    .prepare('SELECT * FROM student ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, student_number')
    .all() as StudentRecord[];
  const guardians = new Map<string, GuardianRecord[]>();
  for (const g of db
    .prepare(
      'SELECT student_number, name, relationship, email, phone, preferred_language FROM guardian ORDER BY student_number, position',
    )
    .iterate() as Iterable<GuardianRecord & { student_number: string }>) {
    const list = guardians.get(g.student_number) ?? [];
    list.push(g);
    guardians.set(g.student_number, list);
  }
  const wanted = studentNumbers ? new Set(studentNumbers) : null;
  return records
    .filter((r) => !wanted || wanted.has(r.student_number))
    .map((r) => toStudent(r, guardians.get(r.student_number) ?? []));
}

/** The columns the caseload lists, as a student record holds them: one mapping for the listing and the whole student. */
export type CaseloadRecord = Pick<
  StudentRecord,
  'student_number' | 'first_name' | 'middle_name' | 'last_name' | 'preferred_name' | 'grade' | 'class_year' | 'counselor' | 'homeroom' | 'status'
>;

export function caseloadFieldsOf(r: CaseloadRecord) {
  return {
    studentNumber: r.student_number,
    firstName: r.first_name,
    middleName: r.middle_name,
    lastName: r.last_name,
    preferredName: r.preferred_name,
    grade: r.grade,
    classYear: r.class_year,
    counselor: r.counselor,
    homeroom: r.homeroom,
    status: r.status,
  };
}

export function toStudent(r: StudentRecord, guardians: readonly GuardianRecord[]): Student {
  return {
    ...caseloadFieldsOf(r),
    dateOfBirth: r.date_of_birth,
    email: r.email,
    homeLanguage: r.home_language,
    guardians: guardians.map(
      (g): Guardian => ({
        name: g.name,
        relationship: g.relationship,
        email: g.email,
        phone: g.phone,
        preferredLanguage: g.preferred_language,
      }),
    ),
  };
}

/** The one sentence for a student number the store does not hold. */
export function unknownStudent(studentNumber: string): CounselorError {
  return new CounselorError('not_found', `No student with number ${studentNumber} is in the caseload.`);
}

export function getStudent(db: Db, studentNumber: string): Student {
  const s = findStudent(db, studentNumber);
  if (!s) throw unknownStudent(studentNumber);
  return s;
}

/**
 * Inserts or replaces students and their guardians, checking each against the Student schema
 * first. Runs inside the caller's transaction when there is one (better-sqlite3 nests it as a
 * savepoint), so a batch is all or nothing.
 */
export function saveStudents(db: Db, students: readonly StudentInput[], now = new Date()): void {
  saveCheckedStudents(db, students.map((s) => StudentSchema.parse(s)), now);
}

/** What the roster import knows of the students it saves, so it writes no row twice. */
export interface CheckedSaveOptions {
  /** The roster lists every student saved: stamp `roster_listed_at` in the same write (roster/import.ts). */
  rosterListed?: boolean;
}

/**
 * The same for students already checked against the schema (the roster import checks every row
 * cell by cell): 20,000 rows would otherwise spend a third of the commit re-validating. The
 * table's CHECK constraints still guard the store.
 */
export function saveCheckedStudents(db: Db, students: readonly Student[], now = new Date(), options: CheckedSaveOptions = {}): void {
  const stamp = now.toISOString();
  // Only the roster's save names roster_listed_at: a save by hand leaves when a roster last listed
  // the student as it was (and still works on a store from before migration 12, as the migration
  // tests build them).
  const listed = options.rosterListed === true;
  // The roster's save binds one value more: the stamp again, for roster_listed_at.
  const listedTail = listed ? [stamp] : [];
  const upsert = db.prepare(
    `INSERT INTO student (student_number, first_name, middle_name, last_name, preferred_name, grade,
        class_year, date_of_birth, email, counselor, homeroom, home_language, status, created_at, updated_at${listed ? ', roster_listed_at' : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${listed ? ', ?' : ''})
     ON CONFLICT (student_number) DO UPDATE SET
        first_name = excluded.first_name, middle_name = excluded.middle_name,
        last_name = excluded.last_name, preferred_name = excluded.preferred_name,
        grade = excluded.grade, class_year = excluded.class_year, date_of_birth = excluded.date_of_birth,
        email = excluded.email, counselor = excluded.counselor, homeroom = excluded.homeroom,
        home_language = excluded.home_language, status = excluded.status, updated_at = excluded.updated_at${listed ? ', roster_listed_at = excluded.roster_listed_at' : ''}`,
  );
  const clearGuardians = db.prepare('DELETE FROM guardian WHERE student_number = ?');
  const addGuardian = db.prepare(
    `INSERT INTO guardian (student_number, position, name, relationship, email, phone, preferred_language)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  writeTransaction(db, () => {
    for (const s of students) {
      // Positional values, not a copy of the student with the stamp added: 20,000 objects fewer per import.
      upsert.run(s.studentNumber, s.firstName, s.middleName, s.lastName, s.preferredName, s.grade, s.classYear, s.dateOfBirth, s.email, s.counselor, s.homeroom, s.homeLanguage, s.status, stamp, stamp, ...listedTail);
      clearGuardians.run(s.studentNumber);
      s.guardians.forEach((g, i) =>
        addGuardian.run(s.studentNumber, i, g.name, g.relationship, g.email, g.phone, g.preferredLanguage),
      );
    }
  });
}
