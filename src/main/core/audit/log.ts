import type { Database as Db } from 'better-sqlite3';
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

/** How an entry's detail is stored, on either store. */
const detailText = (record: AuditRecord): string => JSON.stringify(record.detail ?? null);

/** The row an entry is stored as, on either store. */
function rowOf(actor: Actor | null, record: AuditRecord, now: Date) {
  return {
    at: now.toISOString(),
    user_name: actor?.userName ?? null,
    student_number: record.studentNumber,
    action: record.action,
    detail: detailText(record),
  };
}

/** Writes one entry inside the change's transaction. */
export async function recordAudit(trx: Transaction<StoreSchema>, actor: Actor | null, record: AuditRecord, now: Date): Promise<void> {
  await trx.insertInto('audit_entry').values(rowOf(actor, record, now)).execute();
}

/** Entries per INSERT: six parameters each, well under PostgreSQL's 65,535. */
const ENTRIES_PER_INSERT = 1_000;

/** Many entries of one change (an import's, one per student) inside its transaction, a thousand rows a statement. */
export async function recordAudits(trx: Transaction<StoreSchema>, actor: Actor | null, records: readonly AuditRecord[], now: Date): Promise<void> {
  for (let i = 0; i < records.length; i += ENTRIES_PER_INSERT) {
    await trx
      .insertInto('audit_entry')
      .values(records.slice(i, i + ENTRIES_PER_INSERT).map((r) => rowOf(actor, r, now)))
      .execute();
  }
}

/**
 * The same entries written by the workstation's synchronous writers (the roster import's
 * better-sqlite3 statements), inside the caller's transaction: the workstation's counselor is the actor null.
 */
export function recordAuditsSync(db: Db, records: readonly AuditRecord[], now: Date): void {
  // The same row as rowOf(null, …), bound by position with the time formatted once: an import
  // writes 20,000 of these, and an object and a date string per row were its largest write cost.
  const insert = db.prepare('INSERT INTO audit_entry (at, user_name, student_number, action, detail) VALUES (?, NULL, ?, ?, ?)');
  const at = now.toISOString();
  for (const r of records) insert.run(at, r.studentNumber, r.action, detailText(r));
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
