import type { Database as Db } from 'better-sqlite3';
import type { StudentInput } from '../../../shared/domain/student';
import { classYearForGrade } from '../../../shared/domain/school-year';
import { CounselorError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { loadCatalog, saveCourses, savePostsecondary } from '../courses/repository';
import { writePlan } from '../plans/repository';
import { saveProgram } from '../programs/repository';
import { countStudents, saveStudents } from '../students/repository';
import { SAMPLE_COURSES } from './catalog';
import { samplePlans } from './plans';
import { SAMPLE_POSTSECONDARY } from './postsecondary';
import { SAMPLE_PROGRAMS } from './programs';
import { writeTransaction } from '../store/transaction';
import { recordSampleSchool } from '../store/sample-record';
import { SAMPLE_COUNSELORS, SAMPLE_FAMILIES, SAMPLE_HOMEROOMS, SAMPLE_SCHOOL, sampleStudentNumber } from './students';

/**
 * The sample school's students, built deterministically from the family list: the same numbers,
 * grades and dates every time, so tests and screenshots are stable. Some student numbers carry
 * leading zeros on purpose: they must survive every import, export and printout.
 */
export function sampleStudents(today: Date): StudentInput[] {
  return SAMPLE_FAMILIES.map((f, i) => {
    const grade = 9 + (i % 4);
    const classYear = classYearForGrade(grade, today);
    const birthYear = classYear - 18;
    const month = 1 + ((i * 5) % 12);
    const day = 1 + ((i * 7) % 28);
    const handle = `${asciiHandle(f.first)}.${asciiHandle(f.last)}`;
    return {
      studentNumber: sampleStudentNumber(i),
      firstName: f.first,
      middleName: f.middle ?? null,
      lastName: f.last,
      preferredName: f.preferred ?? null,
      grade,
      classYear,
      dateOfBirth: `${birthYear}-${pad(month)}-${pad(day)}`,
      email: `${handle}@students.lincoln.example.org`,
      counselor: counselorFor(f.last),
      homeroom: SAMPLE_HOMEROOMS[(i * 3) % SAMPLE_HOMEROOMS.length] ?? null,
      homeLanguage: f.language,
      status: 'active',
      guardians: [
        {
          name: f.guardian,
          relationship: f.relationship,
          email: `family.${asciiHandle(f.last)}${i}@example.org`,
          phone: `608-555-${String(100 + i).padStart(4, '0')}`,
          preferredLanguage: f.language,
        },
      ],
    };
  });
}

/**
 * Loads the sample school into an empty store only: it must never mix invented students into a
 * real caseload, nor invented courses and programs into a district's own catalog. Students,
 * catalog, programs of study, plans and the record of what the sample added (so it can be
 * removed exactly, and imports refused while it is there) go in one transaction: all or none.
 */
export function loadSampleSchool(db: Db, today = new Date()): { studentsAdded: number } {
  const catalogued = db.prepare('SELECT (SELECT count(*) FROM course) + (SELECT count(*) FROM program)').pluck().get() as number;
  const refusal = sampleLoadRefusal(countStudents(db), catalogued, ON_WORKSTATION);
  if (refusal) throw refusal;
  const students = sampleStudents(today);
  writeTransaction(db, () => {
    saveStudents(db, students, today);
    const courses = saveCourses(db, SAMPLE_COURSES, today);
    savePostsecondary(db, SAMPLE_POSTSECONDARY);
    const programs = SAMPLE_PROGRAMS.map((p) => saveProgram(db, p, today));
    for (const plan of samplePlans(students, programs, loadCatalog(db), today)) writePlan(db, plan, today);
    recordSampleSchool(db, {
      student: students.map((s) => s.studentNumber),
      course: courses.map((c) => c.number),
      program: programs.map((p) => p.id),
      postsecondary: SAMPLE_POSTSECONDARY.map((e) => e.code),
    }, today, SAMPLE_SCHOOL);
  });
  return { studentsAdded: students.length };
}

/** Where the sample is being loaded, in the refusal's words. */
export interface SampleTarget {
  store: string;
  instead: string;
}

export const ON_WORKSTATION: SampleTarget = { store: 'store', instead: 'Choose a new store file with --db.' };

/** Why the sample school cannot be loaded here (real students, or a catalog or programs of its own), or null: both stores ask it. */
export function sampleLoadRefusal(students: number, catalogued: number, where: SampleTarget): CounselorError | null {
  if (students > 0) {
    return new CounselorError('conflict', `This ${where.store} already holds ${students} students; the sample school loads only into an empty ${where.store}. ${where.instead}`);
  }
  if (catalogued > 0) {
    return new CounselorError(
      'conflict',
      `This ${where.store} already holds a course catalog or programs of study; the sample school loads only into an empty ${where.store}. ${where.instead}`,
    );
  }
  return null;
}

/** Schools split a caseload by the alphabet: A–F, G–L, M–R, S–Z. */
function counselorFor(lastName: string): string {
  const letter = foldForSearch(lastName).replace(/[^a-z]/g, '').charAt(0) || 'a';
  const index = letter <= 'f' ? 0 : letter <= 'l' ? 1 : letter <= 'r' ? 2 : 3;
  return SAMPLE_COUNSELORS[index] as string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function asciiHandle(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '') || 'student';
}
