import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { Conference, ConferenceChange, ConferenceFields, NewConference } from '../../../shared/domain/conference';
import { displayName } from '../../../shared/domain/names';
import type { Student } from '../../../shared/domain/student';
import { CounselorError } from '../../../shared/errors';
import { recordAuditsSync, type AuditRecord } from '../audit/log';
import { writeTransaction } from '../store/transaction';
import { getStudent } from '../students/repository';
import { FIELD_COLUMNS, fieldValues, findConference } from './repository';

/** Before any year a counselor could have met this student's family about a plan (no class year known). */
const EARLIEST_WITHOUT_CLASS_YEAR = '2000-01-01';

/**
 * The first day a conference about this student's plan makes sense: August 1 of the student's
 * grade 6 year (plans start in grade 6 in some states). Earlier years are allowed; a date before
 * that is a typing slip (2062 for 2026, 1926).
 */
function earliestDay(student: Student): string {
  return student.classYear === null ? EARLIEST_WITHOUT_CLASS_YEAR : `${student.classYear - 7}-08-01`;
}

function refuse(message: string): never {
  throw new CounselorError('invalid_input', message);
}

/**
 * The checks a counselor's record must pass, each failing with one sentence that says what to
 * change. Pure, so both stores share it: `printedFor` is the student the record's printed plan
 * (printSnapshotId) was printed for, undefined when there is no such printout; each store reads it.
 */
export function checkConference(student: Student, f: ConferenceFields, today: string, printedFor: string | undefined): void {
  const name = displayName(student);
  if (f.heldOn > today) {
    refuse(`The conference date ${f.heldOn} is after today (${today}): record a conference on or after the day it is held.`);
  }
  const earliest = earliestDay(student);
  if (f.heldOn < earliest) {
    refuse(
      student.classYear === null
        ? `The conference date ${f.heldOn} is before ${earliest.slice(0, 4)}: check the year.`
        : `The conference date ${f.heldOn} is before ${name} started grade 6 (${earliest}): check the year.`,
    );
  }
  if (!f.studentAttended && f.guardians.length === 0 && f.others === null) {
    refuse('Say who attended the conference: the student, a guardian or someone else.');
  }
  if (!f.interpreter && f.interpreterName !== null) {
    refuse(`An interpreter's name (${f.interpreterName}) is given but no interpreter is marked: mark "Interpreter" or clear the name.`);
  }
  if (f.printSnapshotId !== null) {
    if (printedFor === undefined) refuse(`There is no printed plan number ${f.printSnapshotId}: choose one of ${name}'s printed plans.`);
    if (printedFor !== student.studentNumber) {
      refuse(`Printed plan number ${f.printSnapshotId} was printed for another student: choose one of ${name}'s printed plans.`);
    }
  }
}

function check(db: Db, student: Student, f: ConferenceFields, today: string): void {
  const printedFor =
    f.printSnapshotId === null ? undefined : (db.prepare('SELECT student_number FROM print_snapshot WHERE id = ?').pluck().get(f.printSnapshotId) as string | undefined);
  checkConference(student, f, today, printedFor);
}

/** A conference id no longer recorded: one sentence for both stores. */
export function conferenceGone(id: number): CounselorError {
  return new CounselorError('not_found', `Conference ${id} is no longer recorded (it may have been removed in another window): reload the plan.`);
}

/** A removal whose confirmed date no longer matches the record (corrected in another window). */
export function conferenceRedated(id: number, heldOn: string, confirmHeldOn: string): CounselorError {
  return new CounselorError('conflict', `Conference ${id} is now dated ${heldOn}, not ${confirmHeldOn}: it was not removed; reload the plan and look again.`);
}

/*
 * A conference's audit entries (issue 16), the same on both stores (record-as.ts writes them too):
 * the change's own transaction, the student's log. Who recorded, corrected or removed a family's
 * conference is the department's to know on a shared store; on a workstation the plan's "Changes to
 * this plan" shows the same log, so a conference there is in it as well, and a store moved to the
 * department (counselor migrate) carries its history with it.
 */
export const addedEntry = (conference: Conference): AuditRecord => ({ studentNumber: conference.studentNumber, action: 'conferences.add', detail: { conference } });
export const updatedEntry = (before: Conference, after: Conference): AuditRecord => ({ studentNumber: before.studentNumber, action: 'conferences.update', detail: { before, after } });
export const removedEntry = (removed: Conference): AuditRecord => ({ studentNumber: removed.studentNumber, action: 'conferences.remove', detail: { removed } });

function existing(db: Db, id: number): Conference {
  const found = findConference(db, id);
  if (!found) throw conferenceGone(id);
  return found;
}

/** Records a conference held with the student's family. `today` is the counselor's local day. */
export function addConference(db: Db, input: NewConference, now = new Date(), today = localIsoDate(now)): Conference {
  const student = getStudent(db, input.studentNumber);
  check(db, student, input, today);
  const stamp = now.toISOString();
  return writeTransaction(db, () => {
    const info = db
      .prepare(
        `INSERT INTO conference (student_number, ${FIELD_COLUMNS.join(', ')}, created_at, updated_at)
         VALUES (?, ${FIELD_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
      )
      .run(student.studentNumber, ...fieldValues(input), stamp, stamp);
    const conference = existing(db, Number(info.lastInsertRowid));
    recordAuditsSync(db, [addedEntry(conference)], now);
    return conference;
  });
}

/** Corrects a recorded conference: every field as the counselor now writes it. */
export function updateConference(db: Db, change: ConferenceChange, now = new Date(), today = localIsoDate(now)): Conference {
  check(db, getStudent(db, existing(db, change.id).studentNumber), change, today);
  return writeTransaction(db, () => {
    // Read again under the write lock: the entry's "before" is what this change replaced.
    const before = existing(db, change.id);
    db.prepare(`UPDATE conference SET ${FIELD_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...fieldValues(change),
      now.toISOString(),
      change.id,
    );
    const after = existing(db, change.id);
    recordAuditsSync(db, [updatedEntry(before, after)], now);
    return after;
  });
}

/**
 * Removes a conference recorded by mistake. The caller passes the date the counselor confirmed:
 * if the record now says another date (corrected in another window), nothing is removed.
 */
export function removeConference(db: Db, id: number, confirmHeldOn: string, now = new Date()): number {
  return writeTransaction(db, () => {
    const found = existing(db, id);
    if (found.heldOn !== confirmHeldOn) {
      throw conferenceRedated(id, found.heldOn, confirmHeldOn);
    }
    db.prepare('DELETE FROM conference WHERE id = ?').run(id);
    recordAuditsSync(db, [removedEntry(found)], now);
    return id;
  });
}
