import type { Kysely, Transaction } from 'kysely';
import type { Catalog } from '../../../shared/domain/catalog';
import { localIsoDate } from '../../../shared/domain/common';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { CounselorError } from '../../../shared/errors';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { rememberedMappingsIn } from '../roster/roster-writes-as';
import { refuseIfSampleSchoolIn } from '../store/sample-record';
import type { StoreSchema } from '../store/store-schema';
import { listStudentsIn } from '../students/students-as';
import { stepsInSlices } from '../jobs/slices';
import { compareSteps, writesOf, yearsByStudent } from './compare';
import { unmatchedBy } from './credit-types';
import { commitHistoryIn, courseMatcherIn, creditTypeMappingIn, storedHistoryIn } from './history-writes-as';
import { previewOf, readHistoryRequest, type HistoryRead, type ParsedHistoryRequest, type ReadContext } from './outcome';

/*
 * The course history import on the department server, as the signed-in lead: the workstation's
 * read, comparison, preview and report (outcome.ts, compare.ts compareSteps), with the rows fetched
 * from and written to PostgreSQL (history-writes-as.ts). It runs on the serving thread as a job
 * (api/department-history.ts): the file is read in the streaming reader's pieces and the rows
 * compared in slices of the serving thread (compareSteps), so other counselors are served between.
 *
 * As the roster's (roster/import-as.ts): the workstation compares PRAGMA data_version inside its
 * write lock to catch a stale comparison; here the import's one transaction is SERIALIZABLE
 * (writeAs) and makes the comparison itself, on the rows it then writes upon, so a change
 * committed since the preview is built upon and a concurrent one makes PostgreSQL fail one of
 * the two, which writeTransactionAsync runs again. No backup file: the district's PostgreSQL
 * backups keep the department database.
 */

type Trx = Transaction<StoreSchema>;
/** The catalog as the server reads it (plans/plan-view-reads.ts, which itself reads history: given, not imported). */
export type CatalogReader = (trx: Trx) => Promise<Catalog>;

/** The file read against the department's caseload and remembered mappings; refused first when the database holds the sample school. */
async function read(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedHistoryRequest, ctx: ReadContext, today: string, forPreview: boolean): Promise<{ file: HistoryRead; remembered: boolean }> {
  const { students, mappings } = await readAs(db, actor, async (trx) => {
    await refuseIfSampleSchoolIn(trx, 'course history');
    const [students, mappings] = await Promise.all([listStudentsIn(trx), rememberedMappingsIn(trx)]);
    return { students, mappings };
  });
  const file = await readHistoryRequest(request, ctx, today, students, (key) => mappings.get(key), forPreview);
  return { file, remembered: mappings.has(file.reading.mappingKey) };
}

async function compareIn(trx: Trx, file: HistoryRead) {
  const rows = file.reading.rows;
  const stored = await storedHistoryIn(trx, [...yearsByStudent(rows).keys()]);
  return stepsInSlices(compareSteps(rows, stored.rows, stored.gpa));
}

export async function previewHistoryAs(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedHistoryRequest, ctx: ReadContext, catalogIn: CatalogReader, now = new Date()): Promise<HistoryPreview> {
  const { file, remembered } = await read(db, actor, request, ctx, localIsoDate(now), true);
  ctx.progress({ phase: 'Comparing with the store', done: 0, total: null });
  return readAs(db, actor, async (trx) => {
    const comparison = file.reading.mappingProblem ? null : await compareIn(trx, file);
    const [mapping, matcher] = await Promise.all([creditTypeMappingIn(trx, request.creditTypes), courseMatcherIn(trx, await catalogIn(trx))]);
    return previewOf(file, comparison, { mappingRemembered: remembered, mapping, unmatched: unmatchedBy(matcher, file.reading.rows, mapping) });
  });
}

/** The commit: one SERIALIZABLE transaction as `actor` that compares and writes, and logs. A cancel is honoured up to it. */
export async function importHistoryAs(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedHistoryRequest, ctx: ReadContext, catalogIn: CatalogReader, now = new Date()): Promise<HistoryImportReport> {
  const { file } = await read(db, actor, request, ctx, localIsoDate(now), false);
  if (file.nothingToImport) throw new CounselorError('invalid_input', file.nothingToImport);
  ctx.throwIfCancelled();
  ctx.progress({ phase: 'Saving course history', done: 0, total: null });
  const { report, writes } = await writeAs(db, actor, async (trx) => {
    const comparison = await compareIn(trx, file);
    const [mapping, matcher] = await Promise.all([creditTypeMappingIn(trx, request.creditTypes), courseMatcherIn(trx, await catalogIn(trx))]);
    return { report: await commitHistoryIn(trx, actor, file.reading, comparison, mapping, matcher, now), writes: writesOf(comparison) };
  });
  ctx.progress({ phase: 'Done', done: writes, total: writes });
  return report;
}
