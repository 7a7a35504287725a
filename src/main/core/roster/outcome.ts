import type { ImportReport, RosterPreview, RosterRequest } from '../../../shared/domain/roster';
import type { Student } from '../../../shared/domain/student';
import type { TaskContext } from '../jobs/task';
import { columnLetter } from '../spreadsheet/table';
import type { CompareChoices, Comparison } from './compare';
import type { RosterDiff } from './diff';
import { FIELD_LABELS, ROSTER_FIELDS, type RosterField } from './fields';
import { readRoster, type RosterReading } from './read-roster';

/*
 * What a roster import makes of a file, whichever store holds the caseload: the read (file →
 * header → mapping → checked rows), the choices the comparison is made with, the preview and the
 * report. The workstation (import.ts, SQLite, a worker thread) and the department server
 * (import-as.ts, PostgreSQL as the signed-in lead) differ only in how they fetch the students,
 * marks and remembered mappings and how they write; the rules are here and in compare.ts.
 */

/** Lists in a preview stop here; the counts are always whole. */
const PREVIEW_LIST_CAP = 500;
/** The preview's and the report's lists of students: capped (a first import adds the whole roster), the counts whole. */
const capList = <T>(list: readonly T[]): T[] => list.slice(0, PREVIEW_LIST_CAP);
const nameOf = (s: Student) => `${s.lastName}, ${s.firstName}`;

export type ParsedRosterRequest = Omit<RosterRequest, 'markAbsent'> & { markAbsent: boolean };

/** The progress and cancel of the job a read runs in. */
export type ReadContext = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

/** Read → header → map → validate: everything up to the comparison with the caseload. `remembered` is the store's mapping for a header layout. */
export async function readRequest(
  request: ParsedRosterRequest,
  ctx: ReadContext,
  today: string,
  remembered: (key: string) => Record<string, string> | undefined,
  forPreview = false,
): Promise<RosterReading> {
  ctx.progress({ phase: 'Reading the file', done: 0, total: null });
  const overrides = request.mapping
    ? Object.fromEntries(Object.entries(request.mapping).map(([field, header]) => [field, header ?? '']))
    : undefined;
  const reading = await readRoster(Buffer.from(request.base64, 'base64'), request.fileName, {
    today,
    ...(request.sheet ? { sheet: request.sheet } : {}),
    remembered,
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

/** The comparison's choices from the request, with the store's hand-entered marks. */
export function choicesOf(request: ParsedRosterRequest, handEntered: ReadonlyMap<string, ReadonlySet<string>>, forPreview = false): CompareChoices {
  return {
    markAbsent: request.markAbsent,
    // The preview lists the "same student" pairs; only the import applies the ones chosen.
    ...(!forPreview && request.renumber ? { renumber: request.renumber } : {}),
    handEntered,
    takeRosterValues: request.takeRosterValues === true,
  };
}

const EMPTY_DIFF: RosterDiff = { added: [], changed: [], unchanged: [], absent: [], keptGraduated: [], handEntered: [] };

/** The preview of `reading` against the students as fetched (null comparison: the mapping is unusable). */
export function previewOf(reading: RosterReading, comparison: Comparison | null, students: readonly Student[], mappingRemembered: boolean): RosterPreview {
  const diff = comparison?.diff ?? EMPTY_DIFF;
  const active = comparison?.activeStudents ?? students.filter((s) => s.status === 'active').length;
  return {
    fileName: reading.fileName,
    sheetName: reading.sheetName,
    headerRow: reading.header.rowNumber,
    columns: reading.columns.map((c) => ({ ...c, letter: columnLetter(c.index) })),
    fields: ROSTER_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], required: field === 'studentNumber' })),
    mappingRemembered,
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

/** The import's report as the log keeps it (the store gives the id). */
export function reportOf(reading: RosterReading, comparison: Comparison, backupPath: string | null, now: Date): Omit<ImportReport, 'importId'> {
  const { diff, renumbered } = comparison;
  const applied = new Set(renumbered.map((p) => p.previousNumber));
  return {
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
}

/** What the commit writes, each store's way: one list per kind of write, from one comparison. */
export function writesFrom(comparison: Comparison) {
  const { diff, renumbered } = comparison;
  return {
    renumbered,
    saved: [...diff.added, ...diff.changed].map((r) => r.student),
    absent: diff.absent.map((a) => a.studentNumber),
    handTaken: diff.handEntered.filter((h) => h.taken).map((h) => ({ studentNumber: h.studentNumber, field: h.field })),
    // When a roster last listed each student, unchanged ones included (core/year/changes.ts reads it).
    listed: [...diff.added.map((a) => a.student.studentNumber), ...diff.changed.map((c) => c.student.studentNumber), ...diff.unchanged.map((u) => u.studentNumber)],
  };
}

export function writesOf(c: Comparison): number {
  return c.diff.added.length + c.diff.changed.length + c.diff.absent.length + c.renumbered.length;
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
export function mappingByHeader(reading: RosterReading): Record<string, string> {
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
