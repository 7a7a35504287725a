import type { Kysely } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { refuseIfSampleSchoolIn } from '../store/sample-record';
import type { StoreSchema } from '../store/store-schema';
import { handMarksIn } from '../students/hand-marks';
import { listStudentsIn } from '../students/students-as';
import { stepsInSlices } from '../jobs/slices';
import { compareSteps, refuseIfUnsafe } from './compare';
import { choicesOf, previewOf, readRequest, writesOf, type ParsedRosterRequest, type ReadContext } from './outcome';
import type { RosterReading } from './read-roster';
import { commitIn, rememberedMappingsIn } from './roster-writes-as';

/*
 * The roster import on the department server, as the signed-in lead: the workstation's read,
 * comparison, preview and report (outcome.ts, compare.ts), with the students fetched from and
 * written to PostgreSQL (roster-writes-as.ts). It runs on the serving thread as a job
 * (api/department-roster.ts): the file is read in the streaming reader's slices, the students
 * mapped and compared in slices of the serving thread (jobs/slices.ts), and the database does the
 * rest while the event loop serves other counselors.
 *
 * "The store changed since the comparison": the workstation compares PRAGMA data_version inside
 * its write lock. PostgreSQL has no counterpart; here the import's one transaction is SERIALIZABLE
 * (writeAs) and makes the comparison itself, on the students it then writes upon. An import or a
 * counselor's change committed since the preview is built upon, never overwritten by a stale
 * difference; one committed while this transaction runs makes PostgreSQL fail one of the two, and
 * writeTransactionAsync runs this one again on the new state.
 */

/** The file read with the department's remembered mappings; refused first when the database holds the sample school. */
async function read(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedRosterRequest, ctx: ReadContext, today: string, forPreview = false): Promise<RosterReading> {
  const mappings = await readAs(db, actor, async (trx) => {
    await refuseIfSampleSchoolIn(trx);
    return rememberedMappingsIn(trx);
  });
  return readRequest(request, ctx, today, (key) => mappings.get(key), forPreview);
}

export async function previewRosterAs(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedRosterRequest, ctx: ReadContext): Promise<RosterPreview> {
  const reading = await read(db, actor, request, ctx, localIsoDate(), true);
  return readAs(db, actor, async (trx) => {
    const [students, marks, mappings] = await Promise.all([listStudentsIn(trx), handMarksIn(trx), rememberedMappingsIn(trx)]);
    const comparison = reading.mappingProblem ? null : await stepsInSlices(compareSteps(reading, students, choicesOf(request, marks, true)));
    return previewOf(reading, comparison, students, mappings.has(reading.mappingKey));
  });
}

/** The commit: one SERIALIZABLE transaction as `actor` that compares, refuses or writes, and logs. A cancel is honoured up to it. */
export async function importRosterAs(db: Kysely<StoreSchema>, actor: Actor | null, request: ParsedRosterRequest, ctx: ReadContext, now = new Date()): Promise<ImportReport> {
  const reading = await read(db, actor, request, ctx, localIsoDate(now));
  ctx.throwIfCancelled();
  const { report, writes } = await writeAs(db, actor, async (trx) => {
    const [students, marks] = await Promise.all([listStudentsIn(trx), handMarksIn(trx)]);
    const comparison = await stepsInSlices(compareSteps(reading, students, choicesOf(request, marks)));
    refuseIfUnsafe(comparison, reading.fileName, request.allowAbsent === true);
    // Saving once the comparison stands, as on a workstation: a refused file was still being compared.
    ctx.progress({ phase: 'Saving students', done: 0, total: writesOf(comparison) });
    return { report: await commitIn(trx, actor, reading, comparison, now), writes: writesOf(comparison) };
  });
  ctx.progress({ phase: 'Done', done: writes, total: writes });
  return report;
}
