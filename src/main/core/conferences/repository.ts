import type { Database as Db } from 'better-sqlite3';
import type { Conference, ConferenceFields } from '../../../shared/domain/conference';

/** The conference table (migration 9): rows in, Conference objects out. Writes happen in record.ts. */

export interface ConferenceRecord {
  id: number;
  student_number: string;
  held_on: string;
  student_attended: number;
  guardians: string;
  others: string | null;
  language: string | null;
  interpreter: number;
  interpreter_name: string | null;
  notes: string | null;
  print_snapshot_id: number | null;
  created_at: string;
  updated_at: string;
}

export function toConference(r: ConferenceRecord): Conference {
  return {
    id: r.id,
    studentNumber: r.student_number,
    heldOn: r.held_on,
    studentAttended: r.student_attended === 1,
    guardians: JSON.parse(r.guardians) as string[],
    others: r.others,
    language: r.language,
    interpreter: r.interpreter === 1,
    interpreterName: r.interpreter_name,
    notes: r.notes,
    printSnapshotId: r.print_snapshot_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns a write sets from the counselor's fields, in the order of FIELD_COLUMNS. */
export const FIELD_COLUMNS = ['held_on', 'student_attended', 'guardians', 'others', 'language', 'interpreter', 'interpreter_name', 'notes', 'print_snapshot_id'] as const;

/** The counselor's fields as the conference row's columns: the one mapping both stores write. */
type FieldRow = Omit<Pick<ConferenceRecord, (typeof FIELD_COLUMNS)[number]>, 'student_attended' | 'interpreter'> & { student_attended: 0 | 1; interpreter: 0 | 1 };

export function fieldRow(f: ConferenceFields): FieldRow {
  return {
    held_on: f.heldOn,
    student_attended: f.studentAttended ? 1 : 0,
    guardians: JSON.stringify(f.guardians),
    others: f.others,
    language: f.language,
    interpreter: f.interpreter ? 1 : 0,
    interpreter_name: f.interpreter ? f.interpreterName : null,
    notes: f.notes,
    print_snapshot_id: f.printSnapshotId,
  };
}

export function fieldValues(f: ConferenceFields): (string | number | null)[] {
  const row = fieldRow(f);
  return FIELD_COLUMNS.map((c) => row[c]);
}

/** A student's conferences, most recent first (the same day: the one recorded last first). */
export function listConferences(db: Db, studentNumber: string): Conference[] {
  const rows = db
    .prepare('SELECT * FROM conference WHERE student_number = ? ORDER BY held_on DESC, id DESC')
    .all(studentNumber) as ConferenceRecord[];
  return rows.map(toConference);
}

export function findConference(db: Db, id: number): Conference | null {
  const row = db.prepare('SELECT * FROM conference WHERE id = ?').get(id) as ConferenceRecord | undefined;
  return row ? toConference(row) : null;
}
