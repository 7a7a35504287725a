import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { refuseIfSampleSchool } from '../store/sample-record';
import { backupStore } from '../store/backup';
import { listStudents, saveCheckedStudents } from '../students/repository';
import { clearHandMarks, handMarks } from '../students/hand-marks';
import type { TaskContext } from '../jobs/task';
import { compareWithCaseload, refuseIfUnsafe, type Comparison } from './compare';
import { logImport, rememberedMapping, rememberMapping } from './log';
import { recordAuditsSync } from '../audit/log';
import { rosterAuditRecords } from './audit';
import { choicesOf, mappingByHeader, previewOf, readRequest, reportOf, writesFrom, writesOf, type ParsedRosterRequest } from './outcome';
import type { RosterReading } from './read-roster';
import { writeTransaction } from '../store/transaction';

export type { ParsedRosterRequest } from './outcome';

/*
 * The roster import on the workstation: the shared read, comparison, preview and report
 * (outcome.ts, compare.ts) over the SQLite store, in a worker thread. The department server's
 * twin is import-as.ts.
 */

/**
 * Times an import takes a fresh backup because another writer committed between its backup and its
 * write lock. Past it, the import goes ahead with the backup it has: a busy store must not stall it.
 */
const BACKUP_RETRIES = 3;

/** The shared read, after the sample-school refusal, with this store's remembered mappings. */
function read(request: ParsedRosterRequest, ctx: TaskContext, today: string, forPreview = false): Promise<RosterReading> {
  refuseIfSampleSchool(ctx.db);
  return readRequest(request, ctx, today, (key) => rememberedMapping(ctx.db, key), forPreview);
}

export async function previewRoster(request: ParsedRosterRequest, ctx: TaskContext): Promise<RosterPreview> {
  const reading = await read(request, ctx, localIsoDate(), true);
  const students = listStudents(ctx.db);
  const comparison: Comparison | null = reading.mappingProblem ? null : compareWithCaseload(reading, students, choicesOf(request, handMarks(ctx.db), true));
  return previewOf(reading, comparison, students, rememberedMapping(ctx.db, reading.mappingKey) !== undefined);
}

/**
 * The commit. The comparison with the caseload comes first, so a file that must be refused
 * (nothing accepted, another ID column, too many absent) is refused without even a backup. Then a
 * backup through the online backup API, and one write transaction (BEGIN IMMEDIATE). Inside it,
 * once this import holds the lock, the comparison is what gets written and reported only if no
 * other connection has committed since it was made (SQLite's data_version); otherwise it is made
 * again on the students as they are now, so an import that committed meanwhile is built upon,
 * never overwritten by a stale difference, and the backup is taken again so it is the state this
 * import changes. A cancel is honoured up to the transaction; a crash inside it leaves the store
 * as it was.
 */
export async function importRoster(request: ParsedRosterRequest, ctx: TaskContext, now = new Date()): Promise<ImportReport> {
  const reading = await read(request, ctx, localIsoDate(now));
  const choices = choicesOf(request, handMarks(ctx.db));
  const allowAbsent = request.allowAbsent === true;
  // The version first: a commit while the students are listed makes the comparison look stale, never fresh.
  const version = dataVersion(ctx.db);
  let seen = { comparison: compareWithCaseload(reading, listStudents(ctx.db), choices), version };
  refuseIfUnsafe(seen.comparison, reading.fileName, allowAbsent);

  let backup: { path: string; dataVersion: number } | null = null;
  const takeBackup = async () => {
    ctx.throwIfCancelled();
    ctx.progress({ phase: 'Backing up the caseload', done: 0, total: null });
    const taken = dataVersion(ctx.db);
    backup = { path: await backupStore(ctx.db, ctx.storePath, 'before-import', now), dataVersion: taken };
  };
  if (writesOf(seen.comparison) > 0) await takeBackup();

  for (let attempt = 0; ; attempt++) {
    ctx.throwIfCancelled();
    ctx.progress({ phase: 'Saving students', done: 0, total: writesOf(seen.comparison) });
    const done = writeTransaction(ctx.db, () => {
      const current = dataVersion(ctx.db);
      // Another writer may have entered values by hand meanwhile: their marks are read again with the students.
      if (current !== seen.version) seen = { comparison: compareWithCaseload(reading, listStudents(ctx.db), { ...choices, handEntered: handMarks(ctx.db) }), version: current };
      const fresh = seen.comparison;
      refuseIfUnsafe(fresh, reading.fileName, allowAbsent);
      const taken = backup as { path: string; dataVersion: number } | null;
      const stale = taken !== null && attempt < BACKUP_RETRIES && taken.dataVersion !== current;
      if (writesOf(fresh) > 0 && (taken === null || stale)) return null;
      return commit(ctx.db, reading, fresh, taken?.path ?? null, now);
    });
    if (done) {
      ctx.progress({ phase: 'Done', done: writesOf(done.comparison), total: writesOf(done.comparison) });
      return done.report;
    }
    await takeBackup();
  }
}

/** Everything the import writes, inside the caller's transaction. */
function commit(db: Db, reading: RosterReading, comparison: Comparison, backupPath: string | null, now: Date) {
  const writes = writesFrom(comparison);
  renumber(db, writes.renumbered, now);
  // Every saved student is listed by this roster: stamped in the save (a second write of 20,000 rows
  // otherwise), so only the unchanged ones need markListed.
  saveCheckedStudents(db, writes.saved, now, { rosterListed: true });
  markAbsent(db, writes.absent, now);
  clearHandMarks(db, writes.handTaken);
  markListed(db, comparison.diff.unchanged.map((u) => u.studentNumber), now);
  rememberMapping(db, reading.mappingKey, mappingByHeader(reading), now);
  const report = reportOf(reading, comparison, backupPath, now);
  const importId = logImport(db, report);
  recordAuditsSync(db, rosterAuditRecords(comparison, importId, reading.fileName), now);
  return { comparison, report: { importId, ...report } };
}

/** Changes only when another connection commits: tells whether the backup still shows the store as it is. */
function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/**
 * A student's number changed in place: every table that refers to it (guardians, the plan and its
 * courses, goals, experiences, credentials, history) follows through ON UPDATE CASCADE. Printed
 * snapshots have no foreign key (migration 0005), so they are moved by hand to stay listed with the
 * student; each one's plan view still shows the number the family's copy was printed with.
 */
function renumber(db: Db, pairs: readonly { previousNumber: string; studentNumber: string }[], now: Date): void {
  const update = db.prepare('UPDATE student SET student_number = ?, updated_at = ? WHERE student_number = ?');
  const snapshots = db.prepare('UPDATE print_snapshot SET student_number = ? WHERE student_number = ?');
  for (const p of pairs) {
    update.run(p.studentNumber, now.toISOString(), p.previousNumber);
    snapshots.run(p.studentNumber, p.previousNumber);
  }
}

function markAbsent(db: Db, studentNumbers: readonly string[], now: Date): void {
  const mark = db.prepare(
    "UPDATE student SET status = 'not_in_latest_roster', updated_at = ? WHERE student_number = ? AND status = 'active'",
  );
  for (const n of studentNumbers) mark.run(now.toISOString(), n);
}

/**
 * When a roster last listed each student, unchanged ones included: a school year started late
 * (core/year/changes.ts) leaves the grades of students listed since August 1 as the roster gave
 * them. The saved ones are stamped by their own save; these are the rest, in one statement
 * (json_each), not one per student.
 */
function markListed(db: Db, studentNumbers: readonly string[], now: Date): void {
  db.prepare('UPDATE student SET roster_listed_at = ? WHERE student_number IN (SELECT value FROM json_each(?))').run(now.toISOString(), JSON.stringify(studentNumbers));
}
