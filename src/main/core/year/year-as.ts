import { sql, type Kysely, type Transaction } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import type { YearReactivateResult, YearStartResult, YearStatus, YearUndoResult } from '../../../shared/domain/year';
import { schoolYearEndOf } from '../../../shared/domain/year';
import { CounselorError } from '../../../shared/errors';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudits } from '../audit/log';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { RECORDED_CHANGES_SQL, reactivationAuditRecord, yearStartAuditRecords, yearUndoAuditRecords, type RecordedChange } from './audit';
import { previewOf, type YearStartChanges } from './changes';
import { GRADUATING_START_SQL, reactivatedOf, refuseReactivation, type GraduatingStart } from './reactivate';
import { startRefusalOf } from './start';
import { yearStatusFrom } from './status';
import { UNDO_GRADES_SQL, UNDO_GRADUATED_SQL, undoRefusalOf } from './undo';
import { changesIn, countsIn, importsSinceIn, latestStartIn, numbered, reviewedIn, startedIn, yearReadsIn } from './year-reads-as';

/*
 * The school year on the department server (issue 16), as the signed-in lead: the workstation's
 * rules (year/changes.ts, start.ts, undo.ts, reactivate.ts) over typed reads (year-reads-as.ts),
 * each change one SERIALIZABLE writeAs transaction that refuses, works the changes out again and
 * writes them, with the same audit entries as the workstation's (year/audit.ts: a start's or an
 * undo's school-wide one and one per student it changed; the student's for a reactivation). Two leads starting the same year at once: both
 * transactions read that no start is recorded and both write one, so PostgreSQL fails one of them;
 * writeTransactionAsync runs it again, and on the new state it is refused with the sentence.
 *
 * No backup is taken (backupPath null): the department's backups are the district's (PostgreSQL's
 * own, or store/department-backup.ts before an upgrade), a start is recorded change by change so
 * undo takes it back exactly from the database's own record, and a pg_dump of a whole department
 * inside a lead's request would hold every counselor's saves behind it (docs/ARCHITECTURE.md).
 */

type Trx = Transaction<StoreSchema>;

/** node-postgres takes at most 65,535 parameters a statement: the change rows (7 columns) go in batches under that. */
const CHANGES_PER_INSERT = 8000;

function refuse(refusal: string | null): void {
  if (refusal) throw new CounselorError('conflict', refusal);
}

export function yearStatusAs(db: Kysely<StoreSchema>, actor: Actor | null, now = new Date()): Promise<YearStatus> {
  return readAs(db, actor, (trx) => yearStatusFrom(yearReadsIn(trx), now));
}

/** "Start school year 2027-28" (year/start.ts startSchoolYear): a dry run reads one snapshot; the start is one transaction. */
export async function startSchoolYearAs(db: Kysely<StoreSchema>, actor: Actor | null, text: string, options: { dryRun?: boolean; now?: Date } = {}): Promise<YearStartResult> {
  const now = options.now ?? new Date();
  const target = schoolYearEndOf(text);
  const judged = async (trx: Trx): Promise<YearStartChanges> => {
    refuse(startRefusalOf(await startedIn(trx), target, now));
    return changesIn(trx, target, now, await reviewedIn(trx, now));
  };
  if (options.dryRun) return readAs(db, actor, async (trx) => ({ dryRun: true, preview: previewOf(await judged(trx)), started: null }));
  return writeAs(db, actor, async (trx): Promise<YearStartResult> => {
    const changes = await judged(trx);
    const stamp = now.toISOString();
    const { id } = await trx
      .insertInto('school_year_start')
      .values({ school_year: target, started_at: stamp, started_on: localIsoDate(now), backup_path: null, undone_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChangesIn(trx, id, changes);
    // The changes as recorded, applied set by set (the workstation's per-student UPDATEs, in one statement each).
    await sql`UPDATE student SET status = 'graduated', updated_at = ${stamp} FROM school_year_change c
               WHERE c.start_id = ${id} AND c.kind = 'graduated' AND c.student_number = student.student_number AND student.status = c.status_before`.execute(trx);
    await sql`UPDATE student SET grade = c.grade_to, updated_at = ${stamp} FROM school_year_change c
               WHERE c.start_id = ${id} AND c.kind = 'grade_advanced' AND c.student_number = student.student_number AND student.grade = c.grade_from`.execute(trx);
    await recordAudits(trx, actor, yearStartAuditRecords(changes), now);
    return { dryRun: false, preview: previewOf(changes), started: await latestStartIn(trx) };
  });
}

/** year/repository.ts recordStart's change rows, in batches. */
async function recordChangesIn(trx: Trx, startId: number, changes: YearStartChanges): Promise<void> {
  const rows = [
    ...changes.graduate.map((g) => ({ kind: 'graduated' as const, student_number: g.studentNumber, status_before: g.statusBefore, grade_from: null, grade_to: null, last_reviewed: null })),
    ...changes.advance.map((a) => ({ kind: 'grade_advanced' as const, student_number: a.studentNumber, status_before: null, grade_from: a.from, grade_to: a.to, last_reviewed: null })),
    ...changes.reviewsReset.map((r) => ({ kind: 'review_reset' as const, student_number: r.studentNumber, status_before: null, grade_from: null, grade_to: null, last_reviewed: r.lastReviewed })),
  ].map((r) => ({ start_id: startId, ...r }));
  for (let i = 0; i < rows.length; i += CHANGES_PER_INSERT) await trx.insertInto('school_year_change').values(rows.slice(i, i + CHANGES_PER_INSERT)).execute();
}

/** year/undo.ts undoSchoolYearStart: the refusal asked again inside the transaction, the same statements, the start marked undone. */
export function undoSchoolYearStartAs(db: Kysely<StoreSchema>, actor: Actor | null, now = new Date()): Promise<YearUndoResult> {
  return writeAs(db, actor, async (trx): Promise<YearUndoResult> => {
    const start = await latestStartIn(trx);
    refuse(undoRefusalOf(start, start === null ? null : await importsSinceIn(trx, start.startedAt)));
    const stamp = now.toISOString();
    const recorded = (await trx.executeQuery<RecordedChange>(numbered(RECORDED_CHANGES_SQL, [start!.id]))).rows;
    const putBack = async (text: string) => new Set((await trx.executeQuery<{ student_number: string }>(numbered(text, [stamp, start!.id]))).rows.map((r) => r.student_number));
    const statusBack = await putBack(UNDO_GRADUATED_SQL);
    const gradeBack = await putBack(UNDO_GRADES_SQL);
    const marked = await trx.updateTable('school_year_start').set({ undone_at: stamp }).where('id', '=', start!.id).executeTakeFirst();
    // A policy hides the row from anyone but a lead (nothing changes, no error): said as the database's refusal.
    if (Number(marked.numUpdatedRows) !== 1) throw refusedByPolicy('school_year_start');
    const restored = { graduated: statusBack.size, gradesAdvanced: gradeBack.size, reviewsReset: (await countsIn(trx, start!.id)).reviewsReset };
    await recordAudits(trx, actor, yearUndoAuditRecords(start!.schoolYear, restored, recorded, statusBack, gradeBack), now);
    return { schoolYear: start!.schoolYear, undoneAt: stamp, backupPath: null, restored };
  });
}

/** year/reactivate.ts reactivateGraduate: the same refusals and record, with the student's audit entry. */
export function reactivateGraduateAs(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string, now = new Date()): Promise<YearReactivateResult> {
  return writeAs(db, actor, async (trx): Promise<YearReactivateResult> => {
    const student = await trx.selectFrom('student').select(['status', 'class_year']).where('student_number', '=', studentNumber).executeTakeFirst();
    refuseReactivation(studentNumber, student);
    const start = (await trx.executeQuery<GraduatingStart>(numbered(GRADUATING_START_SQL, [studentNumber]))).rows[0];
    refuseReactivation(studentNumber, student, start ?? null);
    const stamp = now.toISOString();
    const made = await trx.updateTable('student').set({ status: 'active', updated_at: stamp }).where('student_number', '=', studentNumber).where('status', '=', 'graduated').executeTakeFirst();
    if (Number(made.numUpdatedRows) !== 1) throw refusedByPolicy('student');
    await trx.insertInto('student_reactivation').values({ student_number: studentNumber, start_id: start!.id, school_year: start!.school_year, reactivated_at: stamp }).execute();
    const result = reactivatedOf(studentNumber, student!, start!, stamp);
    await recordAudits(trx, actor, [reactivationAuditRecord(result)], now);
    return result;
  });
}
