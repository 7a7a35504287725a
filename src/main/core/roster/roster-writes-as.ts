import type { Transaction } from 'kysely';
import type { StoreSchema } from '../store/store-schema';
import { saveCheckedStudentsIn } from '../students/students-as';
import { logImportIn } from './log';
import { recordAudits } from '../audit/log';
import type { Actor } from '../accounts/actor';
import { rosterAuditRecords } from './audit';
import { mappingByHeader, reportOf, writesFrom } from './outcome';
import type { Comparison } from './compare';
import type { RosterReading } from './read-roster';

/*
 * What a roster import reads and writes on the department server, on the typed layer inside the
 * caller's transaction: the twins of import.ts's SQLite statements, writing the same rows from
 * the same lists (outcome.ts writesFrom).
 */

type Trx = Transaction<StoreSchema>;
/** Student numbers per IN list: well under PostgreSQL's 65,535 parameters. */
const NUMBERS = 5_000;

function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Every remembered mapping, by header layout (a handful of rows: read once, before the file). */
export async function rememberedMappingsIn(trx: Trx): Promise<Map<string, Record<string, string>>> {
  const rows = await trx.selectFrom('roster_mapping').select(['header_key', 'mapping']).execute();
  return new Map(rows.map((r) => [r.header_key, JSON.parse(r.mapping) as Record<string, string>]));
}

/** Everything the import writes, as import.ts's commit; answers the report with its id in the log. */
export async function commitIn(trx: Trx, actor: Actor | null, reading: RosterReading, comparison: Comparison, now: Date) {
  const stamp = now.toISOString();
  const writes = writesFrom(comparison);
  // A renumbered student's rows follow through ON UPDATE CASCADE; printed snapshots have no foreign key (import.ts renumber).
  for (const p of writes.renumbered) {
    await trx.updateTable('student').set({ student_number: p.studentNumber, updated_at: stamp }).where('student_number', '=', p.previousNumber).execute();
    await trx.updateTable('print_snapshot').set({ student_number: p.studentNumber }).where('student_number', '=', p.previousNumber).execute();
  }
  await saveCheckedStudentsIn(trx, writes.saved, now);
  for (const numbers of chunks(writes.absent, NUMBERS)) {
    await trx.updateTable('student').set({ status: 'not_in_latest_roster', updated_at: stamp }).where('student_number', 'in', numbers).where('status', '=', 'active').execute();
  }
  for (const h of writes.handTaken) {
    await trx.deleteFrom('student_hand_entry').where('student_number', '=', h.studentNumber).where('field', '=', h.field).execute();
  }
  for (const numbers of chunks(writes.listed, NUMBERS)) {
    await trx.updateTable('student').set({ roster_listed_at: stamp }).where('student_number', 'in', numbers).execute();
  }
  await trx
    .insertInto('roster_mapping')
    .values({ header_key: reading.mappingKey, mapping: JSON.stringify(mappingByHeader(reading)), updated_at: stamp })
    .onConflict((oc) => oc.column('header_key').doUpdateSet((eb) => ({ mapping: eb.ref('excluded.mapping'), updated_at: eb.ref('excluded.updated_at') })))
    .execute();
  // No backup file: the department database is backed up by the district's own PostgreSQL backups
  // (and pg_dump before every upgrade); the import is one transaction, all or nothing.
  const report = reportOf(reading, comparison, null, now);
  const importId = await logImportIn(trx, report);
  await recordAudits(trx, actor, rosterAuditRecords(comparison, importId, reading.fileName), now);
  return { importId, ...report };
}
