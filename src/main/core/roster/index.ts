/** Roster import, front half: file bytes → cell table → header → mapping → checked students. */
export { readRoster, type RosterReading, type RosterColumn, type ReadRosterOptions } from './read-roster';
export { readTable, type ReadOptions } from '../spreadsheet/read';
export type { CellTable, OversizedCell } from '../spreadsheet/table';
export { sniff, type FileKind } from '../spreadsheet/sniff';
export { findHeaderRow, type HeaderRow } from './header';
export { ROSTER_FIELDS, FIELD_LABELS, HEADER_SYNONYMS, normaliseHeader, type RosterField } from './fields';
export {
  autoMap,
  applyOverrides,
  mappingKey,
  assertMappingUsable,
  studentFieldsCovered,
  type ColumnMapping,
  type FieldColumns,
  type StudentField,
} from './mapping';
export { splitName, type SplitName } from './names';
export { parseGrade, parseClassYear, parseEmail, schoolYearEnd, classYearForGrade, gradeForClassYear } from './values';
export { parseBirthDate } from './dates';
export {
  toStudentRows,
  type StudentRows,
  type StudentRow,
  type StudentRowOptions,
  type RejectedCell,
  type DuplicateStudentNumber,
  type SkippedRow,
} from './rows';
