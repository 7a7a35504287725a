import type { Database as Db } from 'better-sqlite3';
import type { HistoryResult } from '../../../shared/domain/history';
import { preparedOnce } from '../store/statements';

/**
 * The stored course history (migration 0008): one record per row of a transcript file, as the file
 * wrote it. Written only by the history import (core/history/import.ts) inside its transaction;
 * read by the plan view and the caseload.
 */
export interface HistoryRecord {
  id: number;
  studentNumber: string;
  /** The row's identity within the student's transcript: what a re-import finds again. */
  recordKey: string;
  /** The year the school year ends (2025 for 2024-25); null when the file gave only the grade level. */
  schoolYear: number | null;
  /** The grade the student was in (from the file, or from the school year and class year). */
  gradeLevel: number | null;
  /** The term or store code as written (S1, Q2, Y1, F1 ...); '' when the file has none. */
  term: string;
  /** A progress grade (PowerSchool Q1–Q4): earns nothing, says only that the course is under way. */
  progress: boolean;
  courseNumber: string;
  stateCode: string | null;
  title: string;
  creditType: string | null;
  grade: string | null;
  result: HistoryResult;
  creditsEarned: number | null;
  creditsAttempted: number | null;
  /** The SIS excludes it from transcripts: kept, counted for nothing. */
  excluded: boolean;
  /** A later file covering this student and school year no longer lists it. */
  missing: boolean;
  importId: number;
}

/** A course_history row as SQLite gives it back. */
export interface HistoryRecordRow {
  id: number;
  student_number: string;
  record_key: string;
  school_year: number | null;
  grade_level: number | null;
  term: string;
  progress: number;
  course_number: string;
  state_code: string | null;
  title: string;
  credit_type: string | null;
  grade: string | null;
  result: HistoryResult;
  credits_earned: number | null;
  credits_attempted: number | null;
  excluded: number;
  missing: number;
  import_id: number;
}

const COLUMNS = `id, student_number, record_key, school_year, grade_level, term, progress, course_number, state_code, title,
  credit_type, grade, result, credits_earned, credits_attempted, excluded, missing, import_id`;

export function toRecord(r: HistoryRecordRow): HistoryRecord {
  return {
    id: r.id,
    studentNumber: r.student_number,
    recordKey: r.record_key,
    schoolYear: r.school_year,
    gradeLevel: r.grade_level,
    term: r.term,
    progress: r.progress === 1,
    courseNumber: r.course_number,
    stateCode: r.state_code,
    title: r.title,
    creditType: r.credit_type,
    grade: r.grade,
    result: r.result,
    creditsEarned: r.credits_earned,
    creditsAttempted: r.credits_attempted,
    excluded: r.excluded === 1,
    missing: r.missing === 1,
    importId: r.import_id,
  };
}

/** One student's records, oldest first (school year, grade level, term, then file order). */
export function readStudentHistory(db: Db, studentNumber: string): HistoryRecord[] {
  const rows = preparedOnce(db, `SELECT ${COLUMNS} FROM course_history WHERE student_number = ? ORDER BY school_year, grade_level, term, id`).all(studentNumber) as HistoryRecordRow[];
  return rows.map(toRecord);
}

/** Every student's records, for resolving many plans at once (the caseload, a print run). */
export function readAllHistory(db: Db): Map<string, HistoryRecord[]> {
  const byStudent = new Map<string, HistoryRecord[]>();
  const rows = db.prepare(`SELECT ${COLUMNS} FROM course_history ORDER BY student_number, school_year, grade_level, term, id`).all() as HistoryRecordRow[];
  for (const row of rows) {
    const record = toRecord(row);
    const list = byStudent.get(record.studentNumber);
    if (list) list.push(record);
    else byStudent.set(record.studentNumber, [record]);
  }
  return byStudent;
}

/** The given students' records and stated GPAs, two queries for the lot (a print batch, a page at a time). */
export function readHistoryOf(db: Db, studentNumbers: readonly string[]): { records: Map<string, HistoryRecord[]>; gpas: Map<string, string> } {
  const wanted = JSON.stringify(studentNumbers);
  const records = new Map<string, HistoryRecord[]>();
  const rows = preparedOnce(db, `SELECT ${COLUMNS} FROM course_history WHERE student_number IN (SELECT value FROM json_each(?)) ORDER BY student_number, school_year, grade_level, term, id`).all(wanted) as HistoryRecordRow[];
  for (const row of rows) {
    const record = toRecord(row);
    const list = records.get(record.studentNumber);
    if (list) list.push(record);
    else records.set(record.studentNumber, [record]);
  }
  const gpas = preparedOnce(db, 'SELECT student_number, gpa FROM history_student WHERE student_number IN (SELECT value FROM json_each(?))').all(wanted) as { student_number: string; gpa: string | null }[];
  return { records, gpas: new Map(gpas.flatMap((g) => (g.gpa === null ? [] : [[g.student_number, g.gpa] as const]))) };
}

/** The GPA the latest file stated for the student, as written; null when none did. */
export function statedGpa(db: Db, studentNumber: string): string | null {
  const row = preparedOnce(db, 'SELECT gpa FROM history_student WHERE student_number = ?').get(studentNumber) as { gpa: string } | undefined;
  return row?.gpa ?? null;
}

/** Whether any course history has been imported: before the first import nobody is judged off track. */
export function hasHistory(db: Db, studentNumber?: string): boolean {
  const row =
    studentNumber === undefined
      ? db.prepare('SELECT 1 FROM course_history LIMIT 1').get()
      : db.prepare('SELECT 1 FROM course_history WHERE student_number = ? LIMIT 1').get(studentNumber);
  return row !== undefined;
}

/** What turning rows into courses reads (core/history/attempts.ts): a record without its key and import. */
export type TranscriptRow = Omit<HistoryRecord, 'studentNumber' | 'recordKey' | 'importId'>;

type LeanRow = [number, string, number | null, number | null, string, number, string, string | null, string, string | null, string | null, HistoryResult, number | null, number | null, number, number];

/**
 * The students with course history, `size` at a time in student-number order: the pages
 * `readTranscriptRowsOf` reads. Each page is found through the index on student_number (a few
 * thousand index entries), where listing every student at once scans the whole table (a third of
 * a second for 300,000 rows). No statement stays open between pages.
 */
export function* transcriptPages(db: Db, size: number): Generator<[first: string, last: string]> {
  const next = db.prepare('SELECT DISTINCT student_number FROM course_history WHERE student_number > ? ORDER BY student_number LIMIT ?').pluck();
  let after = '';
  for (;;) {
    const page = next.all(after, size) as string[];
    if (page.length === 0) return;
    after = page[page.length - 1]!;
    yield [page[0]!, after];
  }
}

/**
 * The rows of the students from `first` to `last` (in student-number order), read lean: only the
 * columns attempts.ts reads, as arrays and in storage order (attempts.ts orders what it needs),
 * without the rows excluded from transcripts (they count for nothing): about three times quicker
 * than readAllHistory. Read a page of students at a time (the index on student_number serves the
 * range), so the caseload can read a school's 300,000 rows without holding its thread.
 */
export function readTranscriptRowsOf(db: Db, first: string, last: string): Map<string, TranscriptRow[]> {
  const rows = db
    .prepare(
      `SELECT id, student_number, school_year, grade_level, term, progress, course_number, state_code, title, credit_type, grade,
              result, credits_earned, credits_attempted, excluded, missing FROM course_history
        WHERE student_number BETWEEN ? AND ? AND excluded = 0`,
    )
    .raw()
    .all(first, last) as LeanRow[];
  const byStudent = new Map<string, TranscriptRow[]>();
  for (const r of rows) {
    const row: TranscriptRow = {
      id: r[0], schoolYear: r[2], gradeLevel: r[3], term: r[4], progress: r[5] === 1, courseNumber: r[6], stateCode: r[7], title: r[8],
      creditType: r[9], grade: r[10], result: r[11], creditsEarned: r[12], creditsAttempted: r[13], excluded: r[14] === 1, missing: r[15] === 1,
    };
    const list = byStudent.get(r[1]);
    if (list) list.push(row);
    else byStudent.set(r[1], [row]);
  }
  return byStudent;
}
