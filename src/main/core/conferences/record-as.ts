import type { Kysely, Transaction } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import type { Conference, ConferenceChange, ConferenceFields, NewConference } from '../../../shared/domain/conference';
import type { Student } from '../../../shared/domain/student';
import { writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { studentIn } from '../students/student-reads';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { addedEntry, checkConference, conferenceGone, conferenceRedated, removedEntry, updatedEntry } from './record';
import { fieldRow, toConference, type ConferenceRecord } from './repository';

/*
 * Conferences recorded on the department server, as the signed-in counselor: the workstation's
 * checks and sentences (record.ts checkConference, conferenceGone, conferenceRedated) and its
 * row mapping (repository.ts fieldRow, toConference); only the reads and writes are typed. Each
 * change is one writeAs transaction with its audit entry, the workstation's (record.ts addedEntry,
 * updatedEntry, removedEntry): on a shared store, who recorded, corrected or removed a family's
 * conference is the department's to know. Whose students a counselor may change is the database's
 * row-level security (migration 15): a refused INSERT fails with 42501, a refused UPDATE or
 * DELETE finds no row and says so with the same code (refusedByPolicy); api/department-edits.ts
 * turns both into the plan page's sentence.
 */

type Trx = Transaction<StoreSchema>;

async function conferenceIn(trx: Trx, id: number): Promise<Conference> {
  const row = await trx.selectFrom('conference').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw conferenceGone(id);
  return toConference(row as unknown as ConferenceRecord);
}

async function checkedIn(trx: Trx, student: Student, f: ConferenceFields, today: string): Promise<void> {
  const printed =
    f.printSnapshotId === null
      ? undefined
      : await trx.selectFrom('print_snapshot').select('student_number').where('id', '=', f.printSnapshotId).executeTakeFirst();
  checkConference(student, f, today, printed?.student_number);
}

/** The student a recorded conference is about, or null (the refusal's sentence names them). */
export async function conferenceStudentIn(trx: Trx, id: number): Promise<string | null> {
  const row = await trx.selectFrom('conference').select('student_number').where('id', '=', id).executeTakeFirst();
  return row?.student_number ?? null;
}

export function addConferenceAs(db: Kysely<StoreSchema>, actor: Actor | null, input: NewConference, now = new Date(), today = localIsoDate(now)): Promise<Conference> {
  const stamp = now.toISOString();
  return writeAs(db, actor, async (trx) => {
    const student = await studentIn(trx, input.studentNumber);
    await checkedIn(trx, student, input, today);
    const { id } = await trx
      .insertInto('conference')
      .values({ student_number: student.studentNumber, ...fieldRow(input), created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    const conference = await conferenceIn(trx, Number(id));
    await recordAudit(trx, actor, addedEntry(conference), now);
    return conference;
  });
}

export function updateConferenceAs(db: Kysely<StoreSchema>, actor: Actor | null, change: ConferenceChange, now = new Date(), today = localIsoDate(now)): Promise<Conference> {
  return writeAs(db, actor, async (trx) => {
    const before = await conferenceIn(trx, change.id);
    await checkedIn(trx, await studentIn(trx, before.studentNumber), change, today);
    const { numUpdatedRows } = await trx
      .updateTable('conference')
      .set({ ...fieldRow(change), updated_at: now.toISOString() })
      .where('id', '=', change.id)
      .executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) throw refusedByPolicy('conference');
    const after = await conferenceIn(trx, change.id);
    await recordAudit(trx, actor, updatedEntry(before, after), now);
    return after;
  });
}

export function removeConferenceAs(db: Kysely<StoreSchema>, actor: Actor | null, id: number, confirmHeldOn: string, now = new Date()): Promise<number> {
  return writeAs(db, actor, async (trx) => {
    const found = await conferenceIn(trx, id);
    if (found.heldOn !== confirmHeldOn) throw conferenceRedated(id, found.heldOn, confirmHeldOn);
    const { numDeletedRows } = await trx.deleteFrom('conference').where('id', '=', id).executeTakeFirst();
    if (Number(numDeletedRows) !== 1) throw refusedByPolicy('conference');
    await recordAudit(trx, actor, removedEntry(found), now);
    return id;
  });
}
