import type { Database as Db } from 'better-sqlite3';
import type { KeyedRow } from './read-history';
import type { HistoryRecordRow } from './repository';

/**
 * The file's rows against the store's, by (student, record key): added, updated (field by field,
 * before → after, for the preview), unchanged, and missing — rows the store has for a student and
 * school year the file covers that the file no longer lists. Missing rows are flagged, never
 * deleted; one that comes back is updated (the flag cleared). Maps keyed by record key: one pass
 * over each side, whatever the size.
 */

/** A stored row as the comparison reads it (the import it came from does not matter here). */
export type StoredRow = Omit<HistoryRecordRow, 'import_id'>;

export interface FieldChange {
  field: string;
  label: string;
  before: string | number | null;
  after: string | number | null;
}

export interface HistoryComparison {
  added: KeyedRow[];
  updated: { row: KeyedRow; id: number; changes: FieldChange[] }[];
  unchanged: number;
  /** Stored rows to flag missing now. */
  missing: StoredRow[];
  /** Stated GPAs that differ from the store's: student number → GPA. */
  gpa: Map<string, string>;
}

const COMPARED: [keyof StoredRow, keyof KeyedRow, string][] = [
  ['grade', 'grade', 'Grade'],
  ['result', 'result', 'Result'],
  ['credits_earned', 'creditsEarned', 'Credits earned'],
  ['credits_attempted', 'creditsAttempted', 'Credits attempted'],
  ['title', 'title', 'Course title'],
  ['state_code', 'stateCode', 'State course code'],
  ['credit_type', 'creditType', 'Credit type'],
  ['school_year', 'schoolYear', 'School year'],
  ['grade_level', 'gradeLevel', 'Grade level'],
  ['course_number', 'courseNumber', 'Course number'],
  ['term', 'term', 'Term'],
];

function asStored(row: KeyedRow, field: keyof KeyedRow): string | number | null {
  const value = row[field];
  return typeof value === 'boolean' ? (value ? 1 : 0) : (value as string | number | null);
}

/** The file's students, each with the school years the file covers for them. */
export function yearsByStudent(rows: readonly KeyedRow[]): Map<string, Set<number | null>> {
  const years = new Map<string, Set<number | null>>();
  for (const row of rows) {
    if (!years.has(row.studentNumber)) years.set(row.studentNumber, new Set());
    years.get(row.studentNumber)!.add(row.schoolYear);
  }
  return years;
}

/** The workstation's comparison: the file's students' stored rows fetched one student at a time (prepared, indexed). */
export function compareHistory(db: Db, rows: readonly KeyedRow[]): HistoryComparison {
  const years = yearsByStudent(rows);
  const select = db.prepare('SELECT * FROM course_history WHERE student_number = ? ORDER BY record_key');
  const stored = new Map<string, StoredRow[]>();
  for (const n of years.keys()) {
    const found = select.all(n) as StoredRow[];
    if (found.length > 0) stored.set(n, found);
  }
  const storedGpa = new Map(
    (db.prepare('SELECT student_number, gpa FROM history_student').all() as { student_number: string; gpa: string }[]).map((g) => [g.student_number, g.gpa]),
  );
  return compareRows(rows, stored, storedGpa);
}

/**
 * The comparison itself, on either store's rows: `storedRows` holds the stored rows of the file's
 * students (each student's in record-key order), `storedGpa` the stated GPAs by student number.
 */
export function compareRows(rows: readonly KeyedRow[], storedRows: ReadonlyMap<string, readonly StoredRow[]>, storedGpa: ReadonlyMap<string, string>): HistoryComparison {
  const steps = compareSteps(rows, storedRows, storedGpa);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Rows compared between two pauses of compareSteps. */
const STEP_ROWS = 500;

/**
 * compareRows written as steps: it pauses every few hundred rows, so the department server runs
 * it in slices of its serving thread (jobs/slices.ts stepsInSlices) while the workstation, in its
 * worker, runs it at once (compareRows). One rule, two paces.
 */
export function* compareSteps(rows: readonly KeyedRow[], storedRows: ReadonlyMap<string, readonly StoredRow[]>, storedGpa: ReadonlyMap<string, string>): Generator<void, HistoryComparison> {
  // The store's rows of the file's students, by student then record key: no key strings built per row.
  const years = yearsByStudent(rows);
  const stored = new Map<string, Map<string, StoredRow>>();
  // In the file's order of students, each one's rows as fetched (both stores by record key): missing rows come in one order.
  for (const n of years.keys()) {
    const found = storedRows.get(n);
    if (found && found.length > 0) stored.set(n, new Map(found.map((r) => [r.record_key, r])));
  }

  const result: HistoryComparison = { added: [], updated: [], unchanged: 0, missing: [], gpa: new Map() };
  let done = 0;
  for (const row of rows) {
    if (++done % STEP_ROWS === 0) yield;
    const mine = stored.get(row.studentNumber);
    const before = mine?.get(row.recordKey);
    if (!before) {
      result.added.push(row);
      continue;
    }
    mine!.delete(row.recordKey); // what is left once the file is read, the file no longer lists
    const changes: FieldChange[] = [];
    for (const [column, field, label] of COMPARED) {
      const after = asStored(row, field);
      if (before[column] !== after) changes.push({ field: String(field), label, before: before[column] as string | number | null, after });
    }
    if (before.progress !== (row.progress ? 1 : 0)) changes.push({ field: 'progress', label: 'Progress grade', before: before.progress ? 'yes' : 'no', after: row.progress ? 'yes' : 'no' });
    if (before.excluded !== (row.excluded ? 1 : 0)) changes.push({ field: 'excluded', label: 'Excluded from transcripts', before: before.excluded ? 'yes' : 'no', after: row.excluded ? 'yes' : 'no' });
    if (before.missing === 1) changes.push({ field: 'missing', label: 'Missing from the latest file', before: 'yes', after: 'no' });
    if (changes.length > 0) result.updated.push({ row, id: before.id, changes });
    else result.unchanged++;
  }
  for (const [studentNumber, left] of stored) {
    const covered = years.get(studentNumber)!;
    for (const r of left.values()) if (r.missing === 0 && covered.has(r.school_year)) result.missing.push(r);
  }
  for (const row of rows) if (row.gpa !== null && storedGpa.get(row.studentNumber) !== row.gpa) result.gpa.set(row.studentNumber, row.gpa);
  return result;
}

export function writesOf(c: HistoryComparison): number {
  return c.added.length + c.updated.length + c.missing.length + c.gpa.size;
}
