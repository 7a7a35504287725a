import { join } from 'node:path';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import type { StudentInput } from '../../../src/shared/domain/student';

/** Thanksgiving week of the 2026–27 school year: grade 9 is the class of 2030. */
export const TODAY = new Date('2026-11-28T12:00:00Z');

export function student(studentNumber: string, grade: number, lastName = 'Nguyễn'): StudentInput {
  return {
    studentNumber,
    firstName: 'Ánh',
    middleName: null,
    lastName,
    preferredName: null,
    grade,
    classYear: 2030 - (grade - 9),
    dateOfBirth: null,
    email: null,
    counselor: 'Ms. Alvarez',
    homeroom: null,
    homeLanguage: 'Vietnamese',
    guardians: [],
    status: 'active',
  };
}

/** The sample school (catalog, programs, plans) plus students without a plan: 900009 in grade 9, 900011 in grade 11. */
export async function sampleStore(dir: string, path = join(dir, 'counselor.db')): Promise<Store> {
  const store = await openStore(path);
  loadSampleSchool(store.db, TODAY);
  saveStudents(store.db, [student('900009', 9), student('900011', 11, 'Żółć')], TODAY);
  return store;
}

/**
 * The sample's catalog, programs and plans kept as if they were the school's own: the store no
 * longer says it holds the sample school, so imports are taken (tests that import over a full catalog).
 */
export function adoptSampleAsOwn(store: Store): Store {
  store.db.exec('DELETE FROM sample_item; DELETE FROM sample_school;');
  return store;
}
