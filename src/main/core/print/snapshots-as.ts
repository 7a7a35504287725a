import type { Transaction } from 'kysely';
import type { PrintSnapshot } from '../../../shared/domain/print';
import type { StoreSchema } from '../store/store-schema';
import { printedSnapshot, SNAPSHOT_COLUMNS, toSnapshot, type NewSnapshot, type PrintedSnapshot } from './snapshots';

/**
 * recordSnapshots (snapshots.ts) on the typed layer, inside the caller's transaction: the same
 * columns, so a plan printed on the department server is kept as printed, as on a workstation
 * (print_snapshot's policy lets any enabled account add one, migration 15). Ids come back by
 * RETURNING: PostgreSQL has no lastInsertRowid.
 */
export async function recordSnapshotsIn(trx: Transaction<StoreSchema>, snapshots: readonly NewSnapshot[]): Promise<number[]> {
  const ids: number[] = [];
  for (const s of snapshots) {
    const o = s.options;
    const row = await trx
      .insertInto('print_snapshot')
      .values({
        student_number: s.view.student.studentNumber,
        printed_at: s.printedAt.toISOString(),
        printed_on: o.printedOn,
        lang: o.lang,
        paper: o.paper,
        school: o.school,
        pages: s.pages,
        sha256: s.sha256,
        view: JSON.stringify(s.view),
        hash_of: 'layout',
        renderer: s.renderer,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

/** listSnapshots (snapshots.ts) on the typed layer: a student's printed plans, newest first. */
export async function listSnapshotsIn(trx: Transaction<StoreSchema>, studentNumber: string): Promise<PrintSnapshot[]> {
  const rows = await trx.selectFrom('print_snapshot').select(SNAPSHOT_COLUMNS).where('student_number', '=', studentNumber).orderBy('id', 'desc').execute();
  return rows.map(toSnapshot);
}

/** getSnapshot (snapshots.ts) on the typed layer: one snapshot with its view, read back by the same check. */
export async function getSnapshotIn(trx: Transaction<StoreSchema>, id: number): Promise<PrintedSnapshot> {
  return printedSnapshot(id, await trx.selectFrom('print_snapshot').select([...SNAPSHOT_COLUMNS, 'view']).where('id', '=', id).executeTakeFirst());
}
