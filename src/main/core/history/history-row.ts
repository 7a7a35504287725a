import type { HistoryResult } from '../../../shared/domain/history';
import type { Parsed } from '../roster/parsed';
import type { HistoryColumns, HistoryField } from './fields';
import * as values from './values';
import { isProgressRow } from './values';

/**
 * The value parsers, remembered by text: a transcript repeats a few hundred distinct years, terms,
 * marks and credits across 300,000 rows, and parsing each again was a third of the row check.
 * Parsed results are read only. A cache past its bound starts again (a hostile file cannot grow it).
 */
function remembered<T>(parse: (text: string) => T): (text: string) => T {
  let seen = new Map<string, T>();
  return (text) => {
    let parsed = seen.get(text);
    if (parsed === undefined) {
      if (seen.size >= 4096) seen = new Map();
      parsed = parse(text);
      seen.set(text, parsed);
    }
    return parsed;
  };
}
const parseSchoolYear = remembered(values.parseSchoolYear);
const schoolYearFromTermId = remembered(values.schoolYearFromTermId);
const parseGradeLevel = remembered(values.parseGradeLevel);
const parseEarned = remembered((text) => values.parseCredits(text, 'Credits earned'));
const parseAttempted = remembered((text) => values.parseCredits(text, 'Credits attempted'));
const parseExcluded = remembered(values.parseExcluded);
const parseResult = remembered(values.parseResult);
const parseMark = remembered(values.parseMark);

/** One row of the file, checked: what the store keeps (core/history/repository.ts), before its record key. */
export interface HistoryRow {
  rowNumber: number;
  studentNumber: string;
  /** Set once the file's rows are read (an ordinal tells repeats of the same key apart). */
  recordKey: string;
  /** School year and grade level as the file gives them (the key uses these, so a re-import finds the row again). */
  fileYear: number | null;
  fileLevel: number | null;
  schoolYear: number;
  gradeLevel: number;
  term: string;
  progress: boolean;
  courseNumber: string;
  stateCode: string | null;
  title: string;
  creditType: string | null;
  grade: string | null;
  result: HistoryResult;
  creditsEarned: number | null;
  creditsAttempted: number | null;
  excluded: boolean;
  gpa: string | null;
}

export interface Problem {
  field: HistoryField;
  value: string;
  reason: string;
}

/** What the row check needs to know about a student of the store. */
export interface KnownStudent {
  studentNumber: string;
  classYear: number | null;
}

export interface RowContext {
  columns: HistoryColumns;
  /** cellReader(columns), made once per file. */
  cell: (row: readonly string[], field: HistoryField) => string;
  /** The school year now (its end year): a course without a grade in it is in progress. */
  currentYear: number;
  /** Xello writes GradeMark 0 for a course under way. */
  zeroMarkInProgress: boolean;
}

function refused<T>(problems: Problem[], field: HistoryField, value: string, reason: string, fallback: T): T {
  problems.push({ field, value, reason });
  return fallback;
}

/** A reader of one row's cells by field: '' for a field the file has no column for. */
export function cellReader(columns: HistoryColumns): (row: readonly string[], field: HistoryField) => string {
  return (row, field) => {
    const column = columns[field];
    return column === undefined ? '' : (row[column] ?? '').trim();
  };
}

/**
 * Checks one row of a known student. Every problem is listed, so a counselor fixes a row once.
 * The school year and the grade level derive from each other through the student's class year; a
 * row with neither cannot be placed in a plan ("which year was it taken?").
 */
export function buildHistoryRow(row: readonly string[], rowNumber: number, student: KnownStudent, ctx: RowContext, problems: Problem[]): HistoryRow | null {
  const cell = ctx.cell;
  const before = problems.length;
  const take = <T>(field: HistoryField, parsed: Parsed<T>, fallback: T): T => (parsed.ok ? parsed.value : refused(problems, field, cell(row, field), parsed.reason, fallback));
  const courseNumber = cell(row, 'courseNumber');
  const title = cell(row, 'title');
  if (courseNumber === '') problems.push({ field: 'courseNumber', value: '', reason: 'The course number is missing; every transcript row needs the number of the course it is for.' });
  let fileYear = take('schoolYear', parseSchoolYear(cell(row, 'schoolYear')), null);
  if (fileYear === null) fileYear = take('termId', schoolYearFromTermId(cell(row, 'termId')), null);
  const fileLevel = take('gradeLevel', parseGradeLevel(cell(row, 'gradeLevel')), null);
  const earnedText = take('creditsEarned', parseEarned(cell(row, 'creditsEarned')), null);
  const attempted = take('creditsAttempted', parseAttempted(cell(row, 'creditsAttempted')), null);
  const excluded = take('excluded', parseExcluded(cell(row, 'excluded')), false);
  const stated = take('result', parseResult(cell(row, 'result')), null);
  let markText = cell(row, 'grade');
  if (markText === '') markText = cell(row, 'percent');
  const zeroInProgress = ctx.zeroMarkInProgress && /^0+(\.0+)?$/.test(markText);
  const mark = zeroInProgress ? { grade: null, result: 'in_progress' as const } : take('grade', parseMark(markText), { grade: null, result: null });

  let schoolYear = fileYear;
  let gradeLevel = fileLevel;
  if (student.classYear !== null) {
    if (schoolYear === null && gradeLevel !== null) schoolYear = student.classYear - (12 - gradeLevel);
    if (gradeLevel === null && schoolYear !== null) gradeLevel = 12 - (student.classYear - schoolYear);
  }
  if (schoolYear === null || gradeLevel === null) {
    if (problems.length === before) {
      const field: HistoryField = ctx.columns.schoolYear !== undefined ? 'schoolYear' : 'gradeLevel';
      problems.push({
        field,
        value: cell(row, field),
        reason: fileYear === null && fileLevel === null
          ? 'Neither the school year nor the grade level is given: which year was this course taken? Fill in one of them.'
          : `Student ${student.studentNumber} has no class year in the caseload, so the ${fileYear === null ? 'school year' : 'grade level'} cannot be worked out; import the roster with class years, or add the missing column.`,
      });
    }
    return null;
  }
  if (gradeLevel < 0 || gradeLevel > 12) {
    problems.push({ field: 'schoolYear', value: cell(row, 'schoolYear'), reason: `School year ${schoolYear - 1}-${String(schoolYear % 100).padStart(2, '0')} would put student ${student.studentNumber} (class of ${student.classYear}) in grade ${gradeLevel}; check the year.` });
  }
  if (problems.length > before) return null;

  const term = cell(row, 'term');
  const progress = isProgressRow(term, earnedText, attempted);
  let result: HistoryResult = stated ?? mark.result ?? (schoolYear >= ctx.currentYear ? 'in_progress' : earnedText !== null && earnedText > 0 ? 'passed' : 'in_progress');
  if (progress && stated === null) result = 'in_progress';
  // Only a passed final row earns credit, whatever the file wrote beside a failing grade; without an
  // earned column (Xello's CreditValue is the course's worth) a passed course earns what it was worth.
  const earned = result !== 'passed' || progress ? (earnedText === null ? null : 0) : (earnedText ?? attempted);
  const gpa = cell(row, 'gpa');
  return {
    rowNumber,
    studentNumber: student.studentNumber,
    recordKey: '',
    fileYear,
    fileLevel,
    schoolYear,
    gradeLevel,
    term,
    progress,
    courseNumber,
    stateCode: cell(row, 'stateCode') || null,
    title,
    creditType: cell(row, 'creditType') || null,
    grade: mark.grade,
    result,
    creditsEarned: earned,
    creditsAttempted: attempted,
    excluded,
    gpa: gpa === '' ? null : gpa.slice(0, 20),
  };
}

/** The row's identity in the student's transcript: the year as the file gives it, the term, the course number as written. */
export function baseRecordKey(row: HistoryRow): string {
  const year = row.fileYear !== null ? String(row.fileYear) : `g${row.fileLevel}`;
  return `${year}|${row.term}|${row.courseNumber}`.slice(0, 280);
}
