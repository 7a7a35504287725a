/**
 * A table to write out: what the caseload export, the import report and later exports share.
 * A cell is text (student numbers stay text), a number, a date without time (`{ date: 'YYYY-MM-DD' }`)
 * or empty.
 */
export type ExportCell = string | number | { date: string } | null;

export interface ExportColumn {
  header: string;
  /** Width in characters for the .xlsx column. */
  width?: number;
}

export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}
