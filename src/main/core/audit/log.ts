import type { Kysely, Transaction } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import type { StoreSchema } from '../store/store-schema';

/**
 * The audit log (migration 14, `audit_entry`): one row per change, written by the change itself in
 * its own transaction, so a change saved without its entry (or an entry for a change rolled
 * back) cannot happen. Append-only: nothing here updates or deletes a row.
 */

export interface AuditRecord {
  studentNumber: string | null;
  /** What was done: the plan operation's name ('setNotes', 'placeCourse', …), 'undo', 'applyProgram'. */
  action: string;
  /** What changed, kept as JSON: the operation's payload and the revision it made. */
  detail: unknown;
}

export interface AuditEntry {
  at: string;
  /** The account that made the change; null for the workstation's counselor and the command line. */
  userName: string | null;
  action: string;
  detail: unknown;
}

/** Writes one entry inside the change's transaction. */
export async function recordAudit(trx: Transaction<StoreSchema>, actor: Actor | null, record: AuditRecord, now: Date): Promise<void> {
  await trx
    .insertInto('audit_entry')
    .values({
      at: now.toISOString(),
      user_name: actor?.userName ?? null,
      student_number: record.studentNumber,
      action: record.action,
      detail: JSON.stringify(record.detail ?? null),
    })
    .execute();
}

/** A student's entries, newest first (the id breaks ties between changes of one millisecond). */
export async function auditEntriesFor(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string): Promise<AuditEntry[]> {
  const rows = await readAs(db, actor, (trx) =>
    trx
      .selectFrom('audit_entry')
      .select(['at', 'user_name', 'action', 'detail'])
      .where('student_number', '=', studentNumber)
      .orderBy('id', 'desc')
      .execute(),
  );
  return rows.map((r) => ({ at: r.at, userName: r.user_name, action: r.action, detail: JSON.parse(r.detail) as unknown }));
}
