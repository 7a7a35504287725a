import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { SampleRemoval } from '../../../shared/domain/sample';
import { CounselorError } from '../../../shared/errors';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { openStore } from '../store/connection';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { copyTable, moveIdentitiesPastCopiedIds, tablesInCopyOrder } from '../store/to-postgres';
import { loadSampleSchool, sampleLoadRefusal, type SampleTarget } from './load';
import { NO_SAMPLE_SCHOOL, removalSteps } from './remove';
import { SAMPLE_SCHOOL } from './students';

/*
 * The sample school on the department server (issue 16), for training a department before its real
 * roster: loaded into an empty department database, removed exactly, each one writeAs transaction
 * as the signed-in lead (the sample is students, plans and a catalog: a lead's to write, as the
 * database's policies say), with one school-wide audit entry.
 *
 * The load is the workstation's own (sample/load.ts) into a scratch store file, whose new rows are
 * then copied in as `counselor migrate` copies a store (store/to-postgres.ts): one builder of the
 * sample, so both stores hold the same rows. The removal asks the workstation's statements
 * (sample/remove.ts removalSteps) of PostgreSQL. No backup: the sample is invented, and the
 * department database's backups are the district's.
 */

type Trx = Transaction<StoreSchema>;
type AnyTrx = Transaction<Record<string, Record<string, unknown>>>;

const ON_SERVER: SampleTarget = {
  store: 'department database',
  instead: 'Load it into a new, empty department database made for training (README, "The department server").',
};

async function refuseIfNotEmpty(trx: Trx): Promise<void> {
  const { rows } = await sql<{ students: string; catalogued: string }>`
    SELECT (SELECT count(*) FROM student) AS students, (SELECT count(*) FROM course) + (SELECT count(*) FROM program) AS catalogued`.execute(trx);
  const refusal = sampleLoadRefusal(Number(rows[0]!.students), Number(rows[0]!.catalogued), ON_SERVER);
  if (refusal) throw refusal;
}

/** The sample built by the workstation's loader in a scratch file: the file, and the tables the load filled (empty before it). */
async function scratchSample(folder: string, today: Date): Promise<{ path: string; tables: string[] }> {
  const store = await openStore(join(folder, 'sample.db'));
  try {
    const count = (table: string) => store.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    const tables = tablesInCopyOrder(store.db);
    const emptyBefore = new Set(tables.filter((t) => count(t) === 0));
    loadSampleSchool(store.db, today);
    return { path: store.path, tables: tables.filter((t) => emptyBefore.has(t) && count(t) > 0) };
  } finally {
    store.close();
  }
}

export async function loadSampleSchoolAs(db: Kysely<StoreSchema>, actor: Actor | null, today = new Date()): Promise<{ studentsAdded: number }> {
  // Refused before anything is built; asked again inside the transaction (another lead may have imported meanwhile).
  await readAs(db, actor, refuseIfNotEmpty);
  const folder = mkdtempSync(join(tmpdir(), 'counselor-sample-'));
  try {
    const { path, tables } = await scratchSample(folder, today);
    const file = new Database(path, { readonly: true });
    try {
      return await writeAs(db, actor, async (trx) => {
        await refuseIfNotEmpty(trx);
        for (const table of tables) await copyTable(file, trx as unknown as AnyTrx, table);
        await moveIdentitiesPastCopiedIds(trx as unknown as AnyTrx, tables);
        const studentsAdded = file.prepare('SELECT count(*) FROM student').pluck().get() as number;
        await recordAudit(trx, actor, { studentNumber: null, action: 'sample.load', detail: { school: SAMPLE_SCHOOL, studentsAdded } }, today);
        return { studentsAdded };
      });
    } finally {
      file.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function removeSampleSchoolAs(db: Kysely<StoreSchema>, actor: Actor | null, now = new Date()): Promise<SampleRemoval> {
  return writeAs(db, actor, async (trx): Promise<SampleRemoval> => {
    const row = await trx.selectFrom('sample_school').select('name').where('id', '=', 1).executeTakeFirst();
    if (!row) throw new CounselorError('conflict', NO_SAMPLE_SCHOOL.replace('This store', 'This department database'));
    const steps = removalSteps();
    let answer: number | string[] = 0;
    for (;;) {
      const step = steps.next(answer);
      if (step.done) {
        // The policies hide the record from anyone but a lead rather than refuse: said as the database's refusal.
        if (await trx.selectFrom('sample_school').select('id').executeTakeFirst()) throw refusedByPolicy('sample_school');
        await recordAudit(trx, actor, { studentNumber: null, action: 'sample.remove', detail: { school: row.name, ...step.value } }, now);
        return { school: row.name, backupPath: null, ...step.value };
      }
      const ask = step.value;
      const result = await trx.executeQuery<Record<string, string>>(CompiledQuery.raw('run' in ask ? ask.run : ask.keys, []));
      answer = 'run' in ask ? Number(result.numAffectedRows ?? 0) : result.rows.map((r) => Object.values(r)[0]!);
    }
  });
}
