import type { Transaction } from 'kysely';
import type { Student } from '../../../shared/domain/student';
import { mapInSlices } from '../jobs/slices';
import type { StoreSchema } from '../store/store-schema';
import { toStudent, type GuardianRecord, type StudentRecord } from './repository';

/*
 * Whole students on the typed layer, inside the caller's transaction: the department server's
 * twins of repository.ts listStudents and saveCheckedStudents (the workstation keeps those: its
 * prepared statements are several times faster over better-sqlite3). The same mapper (toStudent)
 * turns rows into students, and the same columns are written, in batches under PostgreSQL's
 * 65,535-parameter limit (15 per student, 7 per guardian).
 */

type Trx = Transaction<StoreSchema>;
const BATCH = 500;

/**
 * Every student with guardians, in caseload order: lower() folds ASCII only on both stores, as
 * the workstation's NOCASE does, so the two stores list (and a roster's absent students come) in
 * one order.
 */
export async function listStudentsIn(trx: Trx): Promise<Student[]> {
  const [records, guardianRows] = await Promise.all([
    trx
      .selectFrom('student')
      .selectAll()
      .orderBy((eb) => eb.fn('lower', ['last_name']))
      .orderBy((eb) => eb.fn('lower', ['first_name']))
      .orderBy('student_number')
      .execute(),
    trx.selectFrom('guardian').select(['student_number', 'name', 'relationship', 'email', 'phone', 'preferred_language']).orderBy('student_number').orderBy('position').execute(),
  ]);
  const guardians = new Map<string, GuardianRecord[]>();
  for (const { student_number, ...g } of guardianRows) {
    const list = guardians.get(student_number) ?? [];
    list.push(g);
    guardians.set(student_number, list);
  }
  // In slices: the department server maps a whole school's rows on its serving thread.
  return mapInSlices(records, (r) => toStudent(r as unknown as StudentRecord, guardians.get(r.student_number) ?? []));
}

/** Inserts or replaces students already checked against the schema, and their guardians. */
export async function saveCheckedStudentsIn(trx: Trx, students: readonly Student[], now: Date): Promise<void> {
  const stamp = now.toISOString();
  for (let i = 0; i < students.length; i += BATCH) {
    const page = students.slice(i, i + BATCH);
    await trx
      .insertInto('student')
      .values(
        page.map((s) => ({
          student_number: s.studentNumber, first_name: s.firstName, middle_name: s.middleName, last_name: s.lastName,
          preferred_name: s.preferredName, grade: s.grade, class_year: s.classYear, date_of_birth: s.dateOfBirth, email: s.email,
          counselor: s.counselor, homeroom: s.homeroom, home_language: s.homeLanguage, status: s.status, created_at: stamp, updated_at: stamp,
        })),
      )
      .onConflict((oc) =>
        oc.column('student_number').doUpdateSet((eb) => ({
          first_name: eb.ref('excluded.first_name'), middle_name: eb.ref('excluded.middle_name'), last_name: eb.ref('excluded.last_name'),
          preferred_name: eb.ref('excluded.preferred_name'), grade: eb.ref('excluded.grade'), class_year: eb.ref('excluded.class_year'),
          date_of_birth: eb.ref('excluded.date_of_birth'), email: eb.ref('excluded.email'), counselor: eb.ref('excluded.counselor'),
          homeroom: eb.ref('excluded.homeroom'), home_language: eb.ref('excluded.home_language'), status: eb.ref('excluded.status'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    await trx.deleteFrom('guardian').where('student_number', 'in', page.map((s) => s.studentNumber)).execute();
    const guardians = page.flatMap((s) =>
      s.guardians.map((g, position) => ({ student_number: s.studentNumber, position, name: g.name, relationship: g.relationship, email: g.email, phone: g.phone, preferred_language: g.preferredLanguage })),
    );
    for (let j = 0; j < guardians.length; j += BATCH * 2) await trx.insertInto('guardian').values(guardians.slice(j, j + BATCH * 2)).execute();
  }
}
