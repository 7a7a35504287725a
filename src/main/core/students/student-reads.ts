import type { Transaction } from 'kysely';
import type { Student } from '../../../shared/domain/student';
import type { StoreSchema } from '../store/store-schema';
import { toStudent, unknownStudent, type GuardianRecord, type StudentRecord } from './repository';

type Trx = Transaction<StoreSchema>;

/** The student with guardians; not_found for a number the store does not hold. */
export async function studentIn(trx: Trx, studentNumber: string): Promise<Student> {
  const student = await findStudentIn(trx, studentNumber);
  if (!student) throw unknownStudent(studentNumber);
  return student;
}

/** The student with guardians, or null; the one typed read of a student (the workstation's mapper). */
export async function findStudentIn(trx: Trx, studentNumber: string): Promise<Student | null> {
  const r = await trx.selectFrom('student').selectAll().where('student_number', '=', studentNumber).executeTakeFirst();
  if (!r) return null;
  const guardians = await trx
    .selectFrom('guardian')
    .select(['name', 'relationship', 'email', 'phone', 'preferred_language'])
    .where('student_number', '=', studentNumber)
    .orderBy('position')
    .execute();
  return toStudent(r as unknown as StudentRecord, guardians as GuardianRecord[]);
}
