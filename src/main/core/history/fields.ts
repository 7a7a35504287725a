import { normaliseHeader } from '../roster/fields';

/**
 * The course history columns the import understands, and the headers real transcript exports write
 * for each, best first (a column feeds one field; when two columns could feed a field, the one whose
 * header comes earlier here wins).
 *
 * Where the names come from:
 * - PowerSchool StoredGrades (SIS data dictionary field names; Data Export Manager prefixes each
 *   header with its table, `STOREDGRADES.Course_Number`, which is stripped before matching).
 * - Infinite Campus transcript report (Course Number, Course Name, Score, Credits Earned/Attempted,
 *   Credit Type/Credit Name, School Year/End Year, Grade, Term): the tool's field names; the exact
 *   header spelling of a saved report could not be checked against a public file.
 * - WISEdata Portal Course Transcript (Local Course ID, State Course Code, Earned Credits, Grade Level,
 *   Final Letter/Numeric Grade, Course Attempt Result): DPI's data element names; spelling reconstructed.
 * - Xello StudentCourses (StudentID|CourseCode|CourseName|GradeLevel|GradeMark|CreditValue), Naviance
 *   student course import (Course ID, Grade Level Taken, Course Status), SchooLinks historical student
 *   courses (student_number, course_id, course_name): their published file specifications.
 * - Skyward and hand-kept sheets: no public column list; the headers below are the common spellings.
 */
export const HISTORY_FIELDS = [
  'studentNumber',
  'schoolYear',
  'termId',
  'gradeLevel',
  'term',
  'courseNumber',
  'stateCode',
  'title',
  'creditType',
  'grade',
  'percent',
  'result',
  'creditsEarned',
  'creditsAttempted',
  'excluded',
  'gpa',
  'studentName',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export function isHistoryField(name: string): name is HistoryField {
  return (HISTORY_FIELDS as readonly string[]).includes(name);
}

export const HISTORY_FIELD_LABELS: Record<HistoryField, string> = {
  studentNumber: 'Student number',
  schoolYear: 'School year',
  termId: 'Term ID (PowerSchool)',
  gradeLevel: 'Grade level when taken',
  term: 'Term / store code',
  courseNumber: 'Course number',
  stateCode: 'State or SCED course code',
  title: 'Course title',
  creditType: 'Credit type',
  grade: 'Grade (mark)',
  percent: 'Numeric grade',
  result: 'Course attempt result',
  creditsEarned: 'Credits earned',
  creditsAttempted: 'Credits attempted',
  excluded: 'Excluded from transcripts',
  gpa: 'Stated GPA',
  studentName: 'Student name (shown only)',
};

/** Without these a row cannot become a transcript row (a year comes from school year, term ID or grade level). */
export const REQUIRED_HISTORY_FIELDS: readonly HistoryField[] = ['studentNumber', 'courseNumber'];

/**
 * `StudentID` unprefixed is the student number in Xello and Naviance files; PowerSchool's
 * `STOREDGRADES.StudentID` and `DCID` are internal record numbers and never feed it (see matchHistoryHeader).
 */
const SYNONYMS: Record<HistoryField, string[]> = {
  studentNumber: ['Student_Number', 'Student Number', 'student_number', 'Local Student ID', 'Student Num', 'Student #', 'Stu Num', 'Perm ID', 'Student ID', 'StudentID', 'ID Number'],
  schoolYear: ['School Year', 'SchoolYear', 'SY', 'Year', 'Academic Year', 'End Year', 'School Year End', 'Year Taken'],
  termId: ['TermID', 'Term ID', 'YearID'],
  gradeLevel: ['Grade_Level', 'Grade Level', 'Grade Level Taken', 'GradeLevel', 'Grade Taken', 'Grd', 'Gr', 'Grade Lvl', 'Grade When Taken', 'Grade'],
  term: ['StoreCode', 'Store Code', 'Term', 'Term Name', 'Semester', 'Marking Period', 'Period', 'Term Code'],
  courseNumber: ['Course_Number', 'Course Number', 'Local Course ID', 'CourseCode', 'Course Code', 'Course ID', 'course_id', 'Course #', 'Course No', 'Course Num', 'Course'],
  stateCode: ['State Course Code', 'State Code', 'SCED Code', 'SCED Course Code', 'SCED', 'State Course ID', 'NCES Code'],
  title: ['Course_Name', 'Course Name', 'CourseName', 'Course Title', 'Course Description', 'Title', 'Description'],
  creditType: ['Credit_Type', 'Credit Type', 'Credit Name', 'CreditType', 'Credit Area', 'Subject Area', 'Department', 'Dept'],
  grade: ['Final Letter Grade', 'Letter Grade', 'Score', 'Mark', 'GradeMark', 'Final Grade', 'Final Mark', 'Grade Earned', 'Grade'],
  percent: ['Final Numeric Grade', 'Percent', 'Numeric Grade', 'Percentage', 'Score Percent'],
  result: ['Course Attempt Result', 'Attempt Result', 'Course Status', 'Status', 'Result', 'Completion Status'],
  creditsEarned: ['EarnedCrHrs', 'Credits Earned', 'Earned Credits', 'Earned Credit', 'Credit Earned', 'Earned', 'credits_earned', 'Credits', 'Credit'],
  creditsAttempted: ['PotentialCrHrs', 'Credits Attempted', 'Attempted Credits', 'Credit Attempted', 'Credits Possible', 'CreditValue', 'Credit Value', 'Attempted'],
  excluded: ['ExcludeFromTranscripts', 'Exclude From Transcripts', 'Excluded', 'Exclude', 'Excluded From Transcript'],
  gpa: ['Cumulative GPA', 'GPA', 'Cum GPA', 'Weighted GPA', 'Unweighted GPA', 'Stated GPA'],
  studentName: ['Student Name', 'Name', 'LastFirst', 'Student', 'Full Name'],
};

/** The headers that are ambiguous between the grade level and the mark. */
const GRADE_HEADER = normaliseHeader('Grade');

/** Internal record numbers: never a student number, whatever else the header says. */
const INTERNAL_IDS = new Set(['dcid', 'id', 'studentsdcid']);

const INDEX: ReadonlyMap<string, { field: HistoryField; rank: number }> = (() => {
  const index = new Map<string, { field: HistoryField; rank: number }>();
  for (const field of HISTORY_FIELDS) {
    SYNONYMS[field].forEach((synonym, rank) => {
      const key = normaliseHeader(synonym);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

/** `STOREDGRADES.Course_Number` → { table: 'storedgrades', name: 'Course_Number' }. */
function splitTable(header: string): { table: string | null; name: string } {
  const match = /^\s*(?:\[\d+\])?([A-Za-z][A-Za-z0-9_]*)\.(.+)$/.exec(header);
  return match ? { table: match[1]!.toLowerCase(), name: match[2]! } : { table: null, name: header };
}

export function matchHistoryHeader(header: string): { field: HistoryField; rank: number } | null {
  const { table, name } = splitTable(header);
  const key = normaliseHeader(name);
  if (key === '' || INTERNAL_IDS.has(key)) return null;
  // StoredGrades.StudentID is PowerSchool's internal students.id, not the number on a report card.
  if (table !== null && table !== 'students' && key === 'studentid') return null;
  if (key === GRADE_HEADER) return null; // decided by resolveGradeColumn, from the column's values
  return INDEX.get(key) ?? null;
}

export type HistoryColumns = Partial<Record<HistoryField, number>>;

/** A grade-level value: 9, 09, "Grade 10", "10th"; a mark is a letter, P, W, a percent. */
const LEVEL_VALUE = /^(?:grade\s*)?(?:0?[0-9]|1[0-2])(?:st|nd|rd|th)?$/i;

/**
 * "Grade" is the grade level in Infinite Campus and hand-kept sheets, and the mark in PowerSchool,
 * Naviance and SchooLinks. When one of the two is already named by a clearer column, it is the other;
 * otherwise its values decide.
 */
function resolveGradeColumn(columns: HistoryColumns, column: number, samples: readonly string[]): void {
  if (columns.gradeLevel !== undefined && columns.grade === undefined) columns.grade = column;
  else if (columns.grade !== undefined && columns.gradeLevel === undefined) columns.gradeLevel = column;
  else if (columns.grade === undefined && columns.gradeLevel === undefined) {
    const levels = samples.filter((s) => LEVEL_VALUE.test(s.trim())).length;
    if (samples.length > 0 && levels === samples.length) columns.gradeLevel = column;
    else columns.grade = column;
  }
}

/** Each field takes its best-ranked column, the leftmost on a tie; a column feeds one field. */
export function autoMapHistory(headers: readonly string[], samplesOf: (column: number) => string[]): HistoryColumns {
  const best = new Map<HistoryField, { column: number; rank: number }>();
  const gradeColumns: number[] = [];
  headers.forEach((header, column) => {
    if (normaliseHeader(splitTable(header).name) === GRADE_HEADER) gradeColumns.push(column);
    const match = matchHistoryHeader(header);
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  const columns: HistoryColumns = {};
  for (const [field, { column }] of best) columns[field] = column;
  for (const column of gradeColumns) resolveGradeColumn(columns, column, samplesOf(column));
  // A sheet with "Course #" and "Course" columns: the bare "Course" is the title.
  const course = headers.findIndex((h) => normaliseHeader(splitTable(h).name) === 'course');
  if (course !== -1 && columns.courseNumber !== course && columns.title === undefined) columns.title = course;
  return columns;
}

/** Finds a column by its header as the counselor typed it: exactly, then loosely, then without a table prefix. */
export function findHistoryColumn(headers: readonly string[], wanted: string): number {
  const exact = headers.findIndex((h) => h.trim() === wanted.trim());
  if (exact !== -1) return exact;
  const key = normaliseHeader(wanted);
  if (key === '') return -1;
  const loose = headers.findIndex((h) => normaliseHeader(h) === key);
  return loose !== -1 ? loose : headers.findIndex((h) => normaliseHeader(splitTable(h).name) === key);
}
