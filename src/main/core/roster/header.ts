import { CounselorError } from '../../../shared/errors';
import { matchHeader, normaliseHeader } from './fields';
import { HEADER_SCAN_ROWS } from '../spreadsheet/limits';
import { displayName, isBlankRow, type CellTable } from '../spreadsheet/table';

export interface HeaderRow {
  /** Index into table.rows. */
  index: number;
  rowNumber: number;
  headers: string[];
}

const LOOK_BELOW = 5;

function filledCount(row: readonly string[]): number {
  return row.reduce((n, cell) => (cell.trim() === '' ? n : n + 1), 0);
}

/** Numbers, dates and times are data; headers are words. */
function isTextual(cell: string): boolean {
  return !/^[\d\s.,:/\-+$%()]+$/.test(cell);
}

/**
 * Why these weights: a header row names known columns (strongest evidence), is made of
 * words, has distinct cells, and the rows below it are about as wide as it is. A title row
 * ("Lincoln High School Roster") fills one cell and never qualifies; a print line split over
 * two cells ("Printed 11/20/2026", "Page 1") loses on width, because the rows under it are
 * three times wider. A data row loses on known names and on text share.
 */
function scoreRow(rows: readonly string[][], at: number, candidates: readonly number[]): number {
  const cells = rows[at]!.map((c) => c.trim()).filter((c) => c !== '');
  const filled = cells.length;
  if (filled < 2) return -1;
  const known = cells.filter((c) => matchHeader(c) !== null).length;
  const textual = cells.filter(isTextual).length / filled;
  const distinct = new Set(cells.map(normaliseHeader)).size / filled;
  const below = candidates.filter((i) => i > at).slice(0, LOOK_BELOW);
  const alike = below.filter((i) => {
    const width = filledCount(rows[i]!);
    return width >= filled * 0.5 && width <= filled + 1;
  }).length;
  const widthShare = below.length === 0 ? 0 : alike / below.length;
  return known * 10 + textual * 3 + distinct + widthShare * 3 + Math.min(filled, 10) * 0.2;
}

/** The row holding the column headers, even below title rows, print lines and blank rows. */
export function findHeaderRow(table: CellTable): HeaderRow {
  const candidates = table.rows.map((_, i) => i).filter((i) => !isBlankRow(table.rows[i]!));
  const scanned = candidates.slice(0, HEADER_SCAN_ROWS);
  let best = -1;
  let bestScore = -1;
  for (const index of scanned) {
    const score = scoreRow(table.rows, index, candidates);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best === -1) {
    throw new CounselorError(
      'invalid_input',
      `${displayName(table.fileName)} has no row of column headers in its first ${HEADER_SCAN_ROWS} rows; the roster needs a header row such as "Student Number, Last Name, First Name, Grade".`,
    );
  }
  return { index: best, rowNumber: table.rowNumbers[best]!, headers: table.rows[best]!.map((h) => h.trim()) };
}
