import { CounselorError } from '../../../shared/errors';

/** A cell the reader emptied because it held more text than a spreadsheet cell can. */
export interface OversizedCell {
  /** 1-based spreadsheet row number. */
  rowNumber: number;
  /** 0-based column index into the row. */
  column: number;
  length: number;
  /** The first characters, so the counselor can find the cell. */
  preview: string;
}

/**
 * What every reader produces: text cells only, so `000123` stays `000123` and no reader's idea
 * of types leaks into validation. Rows may be ragged; blank rows are kept in text files and
 * absent in xlsx (exceljs does not emit them), which is why row numbers travel alongside.
 */
export interface CellTable {
  fileName: string;
  sheetName: string | null;
  rows: string[][];
  /** rowNumbers[i] is the row number Excel shows for rows[i]. */
  rowNumbers: number[];
  /** Cells refused for length: their rows must be rejected, the rest of the file still imports. */
  oversized: OversizedCell[];
}

/** The name as the counselor knows it: no folders, which may hold a user name. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop();
  return base === undefined || base === '' ? 'The file' : `"${base}"`;
}

export function unreadable(fileName: string, rest: string, details?: unknown): CounselorError {
  return new CounselorError('file_unreadable', `${displayName(fileName)} ${rest}`, details);
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
