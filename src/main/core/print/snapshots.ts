import type { Database as Db } from 'better-sqlite3';
import { PlanView } from '../../../shared/domain/plan-view';
import type { PrintOptions, PrintSnapshot } from '../../../shared/domain/print';
import { CounselorError } from '../../../shared/errors';
import { writeTransaction } from '../store/transaction';

/**
 * The print_snapshot table (migrations 5 and 18): every printed plan, kept as it was printed.
 * Since migration 19 a snapshot's hash covers what determines the plan's PDF (its layout, the
 * document info and the renderer, kept in words as `renderer`) rather than the bytes themselves.
 */

export interface NewSnapshot {
  view: PlanView;
  options: PrintOptions;
  printedAt: Date;
  pages: number;
  /** The layout fingerprint (core/pdf/fingerprint.ts). */
  sha256: string;
  renderer: string;
}

export interface SnapshotRecord {
  id: number;
  student_number: string;
  printed_at: string;
  printed_on: string;
  lang: PrintSnapshot['lang'];
  paper: PrintSnapshot['paper'];
  school: string | null;
  pages: number;
  sha256: string;
  hash_of: PrintSnapshot['hashOf'];
  renderer: string | null;
}

/** Records a print's snapshots in one transaction: a print is kept whole or not at all. */
export function recordSnapshots(db: Db, snapshots: readonly NewSnapshot[]): number[] {
  const insert = db.prepare(
    `INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, school, pages, sha256, view, hash_of, renderer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'layout', ?)`,
  );
  return writeTransaction(db, () =>
    snapshots.map((s) => {
      const o = s.options;
      const info = insert.run(s.view.student.studentNumber, s.printedAt.toISOString(), o.printedOn, o.lang, o.paper, o.school, s.pages, s.sha256, JSON.stringify(s.view), s.renderer);
      return Number(info.lastInsertRowid);
    }),
  );
}

export function toSnapshot(r: SnapshotRecord): PrintSnapshot {
  return {
    id: r.id,
    studentNumber: r.student_number,
    printedAt: r.printed_at,
    printedOn: r.printed_on,
    lang: r.lang,
    paper: r.paper,
    school: r.school,
    pages: r.pages,
    sha256: r.sha256,
    hashOf: r.hash_of,
  };
}

/** The columns a snapshot is read by (the department server's typed reads name the same, snapshots-as.ts). */
export const SNAPSHOT_COLUMNS = ['id', 'student_number', 'printed_at', 'printed_on', 'lang', 'paper', 'school', 'pages', 'sha256', 'hash_of', 'renderer'] as const;
const COLUMNS = SNAPSHOT_COLUMNS.join(', ');

/** A snapshot as printed, ready to be reprinted (reprint.ts). */
export interface PrintedSnapshot {
  snapshot: PrintSnapshot;
  view: PlanView;
  renderer: string | null;
}

/** A student's printed plans, newest first. */
export function listSnapshots(db: Db, studentNumber: string): PrintSnapshot[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM print_snapshot WHERE student_number = ? ORDER BY id DESC`).all(studentNumber) as SnapshotRecord[];
  return rows.map(toSnapshot);
}

/** One snapshot with the plan view as printed (checked against the schema: it is read back from disk) and its renderer. */
export function getSnapshot(db: Db, id: number): PrintedSnapshot {
  return printedSnapshot(id, db.prepare(`SELECT ${COLUMNS}, view FROM print_snapshot WHERE id = ?`).get(id) as (SnapshotRecord & { view: string }) | undefined);
}

/** A snapshot row read back from either store, or the sentence saying it is not there or cannot be read. */
export function printedSnapshot(id: number, row: (SnapshotRecord & { view: string }) | undefined): PrintedSnapshot {
  if (!row) throw new CounselorError('not_found', `There is no printed plan with snapshot number ${id}.`);
  const parsed = PlanView.safeParse(JSON.parse(row.view));
  if (!parsed.success) throw new CounselorError('store_damaged', `Printed plan ${id} cannot be read back; it cannot be reprinted.`, parsed.error.issues);
  return { snapshot: toSnapshot(row), view: parsed.data, renderer: row.renderer };
}
