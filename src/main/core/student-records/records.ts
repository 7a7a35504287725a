import type { Kysely, Transaction } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import type { Student } from '../../../shared/domain/student';
import { HAND_FIELDS, type HandField, type ReassignResult, type StudentChange, type StudentDetails } from '../../../shared/domain/student-details';
import { CounselorError } from '../../../shared/errors';
import { writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { findStudentIn } from '../plans/plan-view-reads';
import type { StoreSchema } from '../store/store-schema';
import { unknownStudent } from '../students/repository';
import { checkedStudent, detailsOf } from './form-cells';

/**
 * Students entered and changed by hand (issue 13): each change is checked like a roster row,
 * written in one transaction with its audit entry, and marks the fields it set as entered by
 * hand (migration 17) so the next roster import shows the difference instead of overwriting it.
 */

type Trx = Transaction<StoreSchema>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function writeStudent(trx: Trx, s: Student, stamp: string, isNew: boolean): Promise<void> {
  const row = {
    first_name: s.firstName, middle_name: s.middleName, last_name: s.lastName, preferred_name: s.preferredName, grade: s.grade,
    class_year: s.classYear, date_of_birth: s.dateOfBirth, email: s.email, counselor: s.counselor, homeroom: s.homeroom,
    home_language: s.homeLanguage, updated_at: stamp,
  };
  if (isNew) await trx.insertInto('student').values({ ...row, student_number: s.studentNumber, status: s.status, created_at: stamp }).execute();
  else await trx.updateTable('student').set(row).where('student_number', '=', s.studentNumber).execute();
  await trx.deleteFrom('guardian').where('student_number', '=', s.studentNumber).execute();
  for (const [position, g] of s.guardians.entries()) {
    await trx
      .insertInto('guardian')
      .values({ student_number: s.studentNumber, position, name: g.name, relationship: g.relationship, email: g.email, phone: g.phone, preferred_language: g.preferredLanguage })
      .execute();
  }
}

async function markByHand(trx: Trx, studentNumber: string, fields: readonly HandField[], stamp: string, actor: Actor | null): Promise<void> {
  for (const field of fields) {
    await trx
      .insertInto('student_hand_entry')
      .values({ student_number: studentNumber, field, entered_at: stamp, entered_by: actor?.userName ?? null })
      .onConflict((oc) => oc.columns(['student_number', 'field']).doUpdateSet({ entered_at: stamp, entered_by: actor?.userName ?? null }))
      .execute();
  }
}

/** A transfer student arriving mid-year. A number the store already holds is refused, never overwritten. */
export async function addStudent(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string, details: StudentDetails, now = new Date()): Promise<StudentChange> {
  const student = checkedStudent(studentNumber, details, localIsoDate(now));
  const stamp = now.toISOString();
  return writeAs(db, actor, async (trx) => {
    const held = await findStudentIn(trx, student.studentNumber);
    if (held) {
      throw new CounselorError('conflict', `Student number ${student.studentNumber} already belongs to ${held.firstName} ${held.lastName}; open that student to change their details, or check the number.`);
    }
    await writeStudent(trx, student, stamp, true);
    const entered = HAND_FIELDS.filter((f) => !same(detailsOf(student)[f], f === 'guardians' ? [] : null));
    await markByHand(trx, student.studentNumber, entered, stamp, actor);
    await recordAudit(trx, actor, { studentNumber: student.studentNumber, action: 'students.add', detail: { student } }, now);
    return { student, changed: entered };
  });
}

/** Changes the given fields of one student; a field typed as it was is not a change (no mark, no entry). */
export async function updateStudent(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string, changes: StudentDetails, now = new Date()): Promise<StudentChange> {
  const stamp = now.toISOString();
  return writeAs(db, actor, async (trx) => {
    const held = await findStudentIn(trx, studentNumber);
    if (!held) throw unknownStudent(studentNumber);
    const merged = { ...detailsOf(held), ...changes };
    // A new grade moves the class year with it (and the other way round) unless both are typed.
    if ('grade' in changes && !('classYear' in changes)) merged.classYear = null;
    if ('classYear' in changes && !('grade' in changes)) merged.grade = null;
    const checked = checkedStudent(studentNumber, merged, localIsoDate(now));
    const student = { ...checked, status: held.status };
    const before = detailsOf(held);
    const after = detailsOf(student);
    const changed = HAND_FIELDS.filter((f) => !same(before[f], after[f]));
    if (changed.length === 0) return { student: held, changed };
    await writeStudent(trx, student, stamp, false);
    await markByHand(trx, studentNumber, changed, stamp, actor);
    const detail = Object.fromEntries(changed.map((f) => [f, { from: before[f], to: after[f] }]));
    await recordAudit(trx, actor, { studentNumber, action: 'students.update', detail }, now);
    return { student, changed };
  });
}

/** Gives one or many students to a counselor (null: to none); all or nothing, an audit entry per student changed. */
export async function reassignStudents(db: Kysely<StoreSchema>, actor: Actor | null, studentNumbers: readonly string[], counselor: string | null, now = new Date()): Promise<ReassignResult> {
  const to = counselor?.trim() || null;
  return moveStudents(db, actor, [...new Set(studentNumbers)].map((studentNumber) => ({ studentNumber, to })), now);
}

/**
 * Takes back what reassignStudents answered, in one transaction: a student still with the counselor
 * they were given goes back to the one they had (marked and audited like any reassignment); one
 * given to somebody else since is left alone and listed as unchanged, so an undo never undoes later work.
 */
export async function undoReassign(db: Kysely<StoreSchema>, actor: Actor | null, changes: ReassignResult['changed'], now = new Date()): Promise<ReassignResult> {
  return moveStudents(db, actor, changes.map((c) => ({ studentNumber: c.studentNumber, to: c.from, onlyFrom: c.to })), now);
}

interface Move {
  studentNumber: string;
  to: string | null;
  /** An undo's condition: moved only while the student is still with this counselor. */
  onlyFrom?: string | null;
}

/** Each student given to a counselor, in one transaction: the counselor set, marked by hand, audited. */
async function moveStudents(db: Kysely<StoreSchema>, actor: Actor | null, moves: readonly Move[], now: Date): Promise<ReassignResult> {
  const stamp = now.toISOString();
  return writeAs(db, actor, async (trx) => {
    const result: ReassignResult = { changed: [], unchanged: [] };
    for (const { studentNumber, to, onlyFrom } of moves) {
      const held = await trx.selectFrom('student').select('counselor').where('student_number', '=', studentNumber).executeTakeFirst();
      if (!held) throw unknownStudent(studentNumber);
      const stays = onlyFrom === undefined ? held.counselor === to : held.counselor !== onlyFrom;
      if (stays) {
        result.unchanged.push(studentNumber);
        continue;
      }
      await trx.updateTable('student').set({ counselor: to, updated_at: stamp }).where('student_number', '=', studentNumber).execute();
      await markByHand(trx, studentNumber, ['counselor'], stamp, actor);
      const detail = { counselor: { from: held.counselor, to }, ...(onlyFrom === undefined ? {} : { undo: true }) };
      await recordAudit(trx, actor, { studentNumber, action: 'students.reassign', detail }, now);
      result.changed.push({ studentNumber, from: held.counselor, to });
    }
    return result;
  });
}

/** The fields of each student entered by hand (the roster import's preview asks). */
export async function handEnteredFields(db: Kysely<StoreSchema>): Promise<Map<string, Set<HandField>>> {
  const rows = await db.selectFrom('student_hand_entry').select(['student_number', 'field']).execute();
  const marks = new Map<string, Set<HandField>>();
  for (const r of rows) {
    const set = marks.get(r.student_number) ?? new Set<HandField>();
    set.add(r.field as HandField);
    marks.set(r.student_number, set);
  }
  return marks;
}
