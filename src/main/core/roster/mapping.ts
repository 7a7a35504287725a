import { createHash } from 'node:crypto';
import type { StudentFieldName } from '../../../shared/domain/student-fields';
import { commandLineHint, CounselorError } from '../../../shared/errors';
import { FIELD_LABELS, isRosterField, matchHeader, normaliseHeader, ROSTER_FIELDS, type RosterField } from './fields';
import { columnLetter, displayName } from '../spreadsheet/table';

/** Which column (0-based index into the header row) feeds which field. */
export type FieldColumns = Partial<Record<RosterField, number>>;

export interface ColumnMapping {
  columns: FieldColumns;
  /** Columns that feed no field, in file order: shown to the counselor, never silently used. */
  unmapped: number[];
}

function unmappedColumns(headers: readonly string[], columns: FieldColumns): number[] {
  const used = new Set(Object.values(columns));
  return headers.map((_, i) => i).filter((i) => !used.has(i));
}

/** Each field takes its best-ranked column; on a tie the leftmost. A column feeds one field at most. */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const best = new Map<RosterField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const match = matchHeader(header);
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  const columns: FieldColumns = {};
  for (const field of ROSTER_FIELDS) {
    const chosen = best.get(field);
    if (chosen) columns[field] = chosen.column;
  }
  return { columns, unmapped: unmappedColumns(headers, columns) };
}

export function describeColumn(headers: readonly string[], column: number): string {
  const header = headers[column]?.trim() ?? '';
  return header === '' ? `(column ${columnLetter(column)}, no header)` : header;
}

function columnList(headers: readonly string[]): string {
  const described = headers.map((_, i) => describeColumn(headers, i));
  while (described.length > 0 && described[described.length - 1]!.startsWith('(column ')) described.pop();
  return described.length === 0 ? '(none)' : described.join(', ');
}

/** Finds a column by its header as the user typed it: exactly first, then loosely. */
function findColumn(headers: readonly string[], wanted: string): number {
  const exact = headers.findIndex((h) => h.trim() === wanted.trim());
  if (exact !== -1) return exact;
  const key = normaliseHeader(wanted);
  return key === '' ? -1 : headers.findIndex((h) => normaliseHeader(h) === key);
}

/**
 * The user's choices (`--map field=Header`, or the mapping screen) over the automatic mapping.
 * An empty header unmaps the field. A column the user assigns leaves any field it fed before.
 */
export function applyOverrides(mapping: ColumnMapping, headers: readonly string[], overrides: Readonly<Record<string, string>>): ColumnMapping {
  const columns: FieldColumns = { ...mapping.columns };
  for (const [field, header] of Object.entries(overrides)) {
    if (!isRosterField(field)) {
      throw new CounselorError('invalid_input', `"${field}" is not a roster field; choose one of ${ROSTER_FIELDS.join(', ')}.`, { field });
    }
    if (header.trim() === '') {
      delete columns[field];
      continue;
    }
    const column = findColumn(headers, header);
    if (column === -1) {
      throw new CounselorError('invalid_input', `No column is headed "${header}" (for ${FIELD_LABELS[field].toLowerCase()}); the columns are: ${columnList(headers)}.`, { field, header });
    }
    for (const other of ROSTER_FIELDS) if (columns[other] === column) delete columns[other];
    columns[field] = column;
  }
  return { columns, unmapped: unmappedColumns(headers, columns) };
}

/**
 * A stable name for a header layout, so the mapping a counselor chose is found again for next
 * month's export from the same system. Trailing empty headers (a stray formatted column) are
 * ignored; order matters, because the mapping stores column positions.
 */
export function mappingKey(headers: readonly string[]): string {
  const normalised = headers.map(normaliseHeader);
  while (normalised.length > 0 && normalised[normalised.length - 1] === '') normalised.pop();
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex').slice(0, 16);
}

/** A mapping without a student number or a name cannot produce a single student: say so up front. */
export function assertMappingUsable(mapping: ColumnMapping, headers: readonly string[], fileName: string): void {
  const { columns } = mapping;
  const file = displayName(fileName);
  if (columns.studentNumber === undefined) {
    throw new CounselorError(
      'invalid_input',
      `${file}: no column holds student numbers. Columns found: ${columnList(headers)}. Add a column named "Student Number", or choose the column that holds them${commandLineHint('--map studentNumber=<header>')}.`,
      { headers },
    );
  }
  const hasSplitName = columns.firstName !== undefined && columns.lastName !== undefined;
  if (!hasSplitName && columns.fullName === undefined) {
    throw new CounselorError(
      'invalid_input',
      `${file}: no columns hold student names. Columns found: ${columnList(headers)}. Add columns named "First Name" and "Last Name" (or one named "Student Name"), or choose the columns that hold them${commandLineHint('--map firstName=<header> --map lastName=<header>')}.`,
      { headers },
    );
  }
}

/** Student fields the store keeps, except the key and the status the import sets itself. */
export type StudentField = Exclude<StudentFieldName, 'studentNumber'> | 'guardians';

/**
 * The student fields this file speaks for, so the diff leaves the others as the store holds
 * them: a file without a birth-date column must not erase birth dates. Grade and class year
 * derive from each other, so either column covers both.
 */
export function studentFieldsCovered(mapping: ColumnMapping): Set<StudentField> {
  const has = (field: RosterField) => mapping.columns[field] !== undefined;
  const covered = new Set<StudentField>();
  const direct = ['firstName', 'middleName', 'lastName', 'preferredName', 'dateOfBirth', 'email', 'counselor', 'homeroom', 'homeLanguage'] as const;
  for (const field of direct) if (has(field)) covered.add(field);
  if (has('fullName')) for (const field of ['firstName', 'middleName', 'lastName'] as const) covered.add(field);
  if (has('grade') || has('classYear')) {
    covered.add('grade');
    covered.add('classYear');
  }
  if (ROSTER_FIELDS.some((f) => f.startsWith('guardian') && has(f))) covered.add('guardians');
  return covered;
}
