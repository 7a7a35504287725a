import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { ImportReport, RosterPreview, RosterRequest } from '../../../shared/domain/roster';
import type { Student } from '../../../shared/domain/student';
import { refuseIfSampleSchool } from '../store/sample-record';
import { backupStore } from '../store/backup';
import { listStudents, saveCheckedStudents } from '../students/repository';
import { clearHandMarks, handMarks } from '../students/hand-marks';
import type { TaskContext } from '../jobs/task';
import { compareWithCaseload, refuseIfUnsafe, type Comparison } from './compare';
import type { RosterDiff } from './diff';
import { FIELD_LABELS, ROSTER_FIELDS, type RosterField } from './fields';
import { logImport, rememberedMapping, rememberMapping } from './log';
import { readRoster, type RosterReading } from './read-roster';
import { columnLetter } from '../spreadsheet/table';
import { writeTransaction } from '../store/transaction';

/** Lists in a preview stop here; the counts are always whole. */
const PREVIEW_LIST_CAP = 500;
/** The preview's and the report's lists of students: capped (a first import adds the whole roster), the counts whole. */
const capList = <T>(list: readonly T[]): T[] => list.slice(0, PREVIEW_LIST_CAP);
const nameOf = (s: Student) => `${s.lastName}, ${s.firstName}`;
/**
 * Times an import takes a fresh backup because another writer committed between its backup and its
 * write lock. Past it, the import goes ahead with the backup it has: a busy store must not stall it.
 */
const BACKUP_RETRIES = 3;

export type ParsedRosterRequest = Omit<RosterRequest, 'markAbsent'> & { markAbsent: boolean };

/** Read → header → map → validate: everything up to the comparison with the caseload. */
async function read(request: ParsedRosterRequest, ctx: TaskContext, today: string, forPreview = false): Promise<RosterReading> {
  refuseIfSampleSchool(ctx.db);
  ctx.progress({ phase: 'Reading the file', done: 0, total: null });
  const overrides = request.mapping
    ? Object.fromEntries(Object.entries(request.mapping).map(([field, header]) => [field, header ?? '']))
    : undefined;
  const reading = await readRoster(Buffer.from(request.base64, 'base64'), request.fileName, {
    today,
    ...(request.sheet ? { sheet: request.sheet } : {}),
    remembered: (key) => rememberedMapping(ctx.db, key),
    ...(overrides ? { overrides } : {}),
    tolerateUnusableMapping: forPreview,
    onProgress: (done, total) => {
      ctx.throwIfCancelled();
      ctx.progress({ phase: 'Checking rows', done, total });
    },
  });
  ctx.throwIfCancelled();
  ctx.progress({ phase: 'Comparing with the caseload', done: 0, total: null });
  return reading;
}

const EMPTY_DIFF: RosterDiff = { added: [], changed: [], unchanged: [], absent: [], keptGraduated: [], handEntered: [] };

export async function previewRoster(request: ParsedRosterRequest, ctx: TaskContext): Promise<RosterPreview> {
  const reading = await read(request, ctx, localIsoDate(), true);
  const students = listStudents(ctx.db);
  const choices = { markAbsent: request.markAbsent, handEntered: handMarks(ctx.db), takeRosterValues: request.takeRosterValues === true };
  const comparison: Comparison | null = reading.mappingProblem ? null : compareWithCaseload(reading, students, choices);
  const diff = comparison?.diff ?? EMPTY_DIFF;
  const headerKeyKnown = rememberedMapping(ctx.db, reading.mappingKey) !== undefined;
  const active = comparison?.activeStudents ?? students.filter((s) => s.status === 'active').length;
  return {
    fileName: reading.fileName,
    sheetName: reading.sheetName,
    headerRow: reading.header.rowNumber,
    columns: reading.columns.map((c) => ({ ...c, letter: columnLetter(c.index) })),
    fields: ROSTER_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], required: field === 'studentNumber' })),
    mappingRemembered: headerKeyKnown,
    // A student-number column that holds another ID keeps the counselor on the mapping screen too.
    mappingProblem: reading.mappingProblem ?? comparison?.numberColumnProblem ?? null,
    counts: counts(diff, reading),
    added: capList(diff.added).map((a) => ({ row: a.rowNumber, studentNumber: a.student.studentNumber, name: nameOf(a.student) })),
    changed: capList(diff.changed).map((c) => ({
      row: c.rowNumber,
      studentNumber: c.student.studentNumber,
      name: nameOf(c.student),
      differentPerson: ['firstName', 'lastName'].every((f) => c.changes.some((ch) => ch.field === f)),
      changes: c.changes.map((ch) => ({ ...ch, label: changeLabel(ch.field) })),
    })),
    absent: capList(diff.absent),
    keptGraduated: capList(diff.keptGraduated).map((g) => ({ row: g.rowNumber, studentNumber: g.studentNumber, name: g.name })),
    rejected: capList(reading.rejected),
    listsCapped: [diff.added, diff.changed, diff.absent, diff.keptGraduated, reading.rejected].some((l) => l.length > PREVIEW_LIST_CAP),
    nothingToImport: comparison?.nothingToImport ?? null,
    activeStudents: active,
    absentLimit: comparison?.absentLimit ?? 0,
    sameStudent: capList(comparison?.sameStudent ?? []),
    handEntered: capList(diff.handEntered).map((h) => ({
      row: h.rowNumber, studentNumber: h.studentNumber, name: h.name, field: h.field, label: changeLabel(h.field), hand: h.hand, roster: h.roster, taken: h.taken,
    })),
  };
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
  const choices = {
    markAbsent: request.markAbsent,
    ...(request.renumber ? { renumber: request.renumber } : {}),
    handEntered: handMarks(ctx.db),
    takeRosterValues: request.takeRosterValues === true,
  };
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
  const { diff, renumbered } = comparison;
  renumber(db, renumbered, now);
  saveCheckedStudents(db, [...diff.added, ...diff.changed].map((r) => r.student), now);
  markAbsent(db, diff.absent.map((a) => a.studentNumber), now);
  clearHandMarks(db, diff.handEntered.filter((h) => h.taken));
  markListed(db, [...diff.added.map((a) => a.student.studentNumber), ...diff.changed.map((c) => c.student.studentNumber), ...diff.unchanged.map((u) => u.studentNumber)], now);
  rememberMapping(db, reading.mappingKey, mappingByHeader(reading), now);
  const applied = new Set(renumbered.map((p) => p.previousNumber));
  const report = {
    fileName: reading.fileName,
    importedAt: now.toISOString(),
    backupPath,
    counts: counts(diff, reading),
    rejected: reading.rejected,
    renumbered,
    keptSeparate: comparison.sameStudent.filter((p) => !applied.has(p.previousNumber)),
    students: {
      added: capList(diff.added).map((a) => ({ studentNumber: a.student.studentNumber, name: nameOf(a.student) })),
      changed: capList(diff.changed).map((c) => ({ studentNumber: c.student.studentNumber, name: nameOf(c.student), fields: c.changes.map((ch) => changeLabel(ch.field)) })),
      absent: capList(diff.absent),
    },
  };
  return { comparison, report: { importId: logImport(db, report), ...report } };
}

function writesOf(c: Comparison): number {
  return c.diff.added.length + c.diff.changed.length + c.diff.absent.length + c.renumbered.length;
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
 * them. One statement for the whole file (json_each), not one per student.
 */
function markListed(db: Db, studentNumbers: readonly string[], now: Date): void {
  db.prepare('UPDATE student SET roster_listed_at = ? WHERE student_number IN (SELECT value FROM json_each(?))').run(now.toISOString(), JSON.stringify(studentNumbers));
}

function counts(diff: RosterDiff, reading: RosterReading) {
  return {
    added: diff.added.length,
    updated: diff.changed.length,
    unchanged: diff.unchanged.length,
    absent: diff.absent.length,
    // Only when a roster lists graduates: the shape stays as it was for every other import.
    ...(diff.keptGraduated.length > 0 ? { keptGraduated: diff.keptGraduated.length } : {}),
    rejected: new Set(reading.rejected.map((r) => r.row)).size,
  };
}

/** The mapping as field → header text: what is remembered, and what --map takes. */
function mappingByHeader(reading: RosterReading): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const field of ROSTER_FIELDS) {
    const column = reading.mapping.columns[field];
    byField[field] = column === undefined ? '' : (reading.header.headers[column] ?? '');
  }
  return byField;
}

function changeLabel(field: string): string {
  if (field === 'guardians') return 'Parents/guardians';
  if (field === 'status') return 'Roster status';
  return FIELD_LABELS[field as RosterField] ?? field;
}
