import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { ImportReport, RosterPreview, RosterRequest } from '../../../shared/domain/roster';
import type { Student } from '../../../shared/domain/student';
import { refuseIfSampleSchool } from '../sample/record';
import { backupStore } from '../store/backup';
import { listStudents, saveCheckedStudents } from '../students/repository';
import type { TaskContext } from '../jobs/task';
import { diffRoster, type RosterDiff } from './diff';
import type { GuardianColumn } from './guardians-merge';
import { FIELD_LABELS, ROSTER_FIELDS, type RosterField } from './fields';
import { logImport, rememberedMapping, rememberMapping } from './log';
import { studentFieldsCovered } from './mapping';
import { readRoster, type RosterReading } from './read-roster';
import { columnLetter } from './table';
import { writeTransaction } from '../store/transaction';

/** Lists in a preview stop here; the counts are always whole. */
const PREVIEW_LIST_CAP = 500;

export type ParsedRosterRequest = Omit<RosterRequest, 'markAbsent'> & { markAbsent: boolean };

interface Prepared {
  reading: RosterReading;
  diff: RosterDiff;
}

/**
 * Read → header → map → validate → diff: everything up to (not including) a write. The preview
 * and the import share it, so what the preview shows is exactly what the import applies.
 */
async function prepare(request: ParsedRosterRequest, ctx: TaskContext, today: string, forPreview = false): Promise<Prepared> {
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
  if (reading.mappingProblem) return { reading, diff: { added: [], changed: [], unchanged: [], absent: [] } };
  const current = new Map(listStudents(ctx.db).map((s) => [s.studentNumber, s]));
  const diff = diffRoster(current, reading.rows, {
    presentFields: studentFieldsCovered(reading.mapping),
    guardianColumns: new Set(
      ROSTER_FIELDS.filter((f): f is GuardianColumn => f.startsWith('guardian') && reading.mapping.columns[f] !== undefined),
    ),
    rejectedNumbers: new Set(reading.rejectedStudentNumbers),
    markAbsent: request.markAbsent,
  });
  return { reading, diff };
}

export async function previewRoster(request: ParsedRosterRequest, ctx: TaskContext): Promise<RosterPreview> {
  const { reading, diff } = await prepare(request, ctx, localIsoDate(), true);
  const cap = <T>(list: readonly T[]) => list.slice(0, PREVIEW_LIST_CAP);
  const name = (s: Student) => `${s.lastName}, ${s.firstName}`;
  const headerKeyKnown = rememberedMapping(ctx.db, reading.mappingKey) !== undefined;
  return {
    fileName: reading.fileName,
    sheetName: reading.sheetName,
    headerRow: reading.header.rowNumber,
    columns: reading.columns.map((c) => ({ ...c, letter: columnLetter(c.index) })),
    fields: ROSTER_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], required: field === 'studentNumber' })),
    mappingRemembered: headerKeyKnown,
    mappingProblem: reading.mappingProblem,
    counts: counts(diff, reading),
    added: cap(diff.added).map((a) => ({ row: a.rowNumber, studentNumber: a.student.studentNumber, name: name(a.student) })),
    changed: cap(diff.changed).map((c) => ({
      row: c.rowNumber,
      studentNumber: c.student.studentNumber,
      name: name(c.student),
      differentPerson: ['firstName', 'lastName'].every((f) => c.changes.some((ch) => ch.field === f)),
      changes: c.changes.map((ch) => ({ ...ch, label: changeLabel(ch.field) })),
    })),
    absent: cap(diff.absent),
    rejected: cap(reading.rejected),
    listsCapped: [diff.added, diff.changed, diff.absent, reading.rejected].some((l) => l.length > PREVIEW_LIST_CAP),
  };
}

/**
 * The commit: a backup through the online backup API, then one transaction that writes every new
 * and changed student, marks the absent ones, remembers the mapping and logs the import. A cancel
 * is honoured up to the transaction; a crash inside it leaves the store as it was (SQLite rolls an
 * unfinished transaction back), so the store is always either as before or fully imported.
 */
export async function importRoster(request: ParsedRosterRequest, ctx: TaskContext, now = new Date()): Promise<ImportReport> {
  const { reading, diff } = await prepare(request, ctx, localIsoDate(now));
  const writes = diff.added.length + diff.changed.length + diff.absent.length;
  ctx.throwIfCancelled();
  let backupPath: string | null = null;
  if (writes > 0) {
    ctx.progress({ phase: 'Backing up the caseload', done: 0, total: null });
    backupPath = await backupStore(ctx.db, ctx.storePath, 'before-import', now);
  }
  ctx.throwIfCancelled();
  ctx.progress({ phase: 'Saving students', done: 0, total: writes });
  const report = {
    fileName: reading.fileName,
    importedAt: now.toISOString(),
    backupPath,
    counts: counts(diff, reading),
    rejected: reading.rejected,
  };
  const importId = writeTransaction(ctx.db, () => {
    saveCheckedStudents(ctx.db, [...diff.added, ...diff.changed].map((r) => r.student), now);
    markAbsent(ctx.db, diff.absent.map((a) => a.studentNumber), now);
    rememberMapping(ctx.db, reading.mappingKey, mappingByHeader(reading), now);
    return logImport(ctx.db, report);
  });
  ctx.progress({ phase: 'Done', done: writes, total: writes });
  return { importId, ...report };
}

function markAbsent(db: Db, studentNumbers: readonly string[], now: Date): void {
  const mark = db.prepare(
    "UPDATE student SET status = 'not_in_latest_roster', updated_at = ? WHERE student_number = ? AND status = 'active'",
  );
  for (const n of studentNumbers) mark.run(now.toISOString(), n);
}

function counts(diff: RosterDiff, reading: RosterReading) {
  return {
    added: diff.added.length,
    updated: diff.changed.length,
    unchanged: diff.unchanged.length,
    absent: diff.absent.length,
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
