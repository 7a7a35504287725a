import Papa from 'papaparse';
import { FORMULA_TRIGGER } from './formula-escape';
import type { ExportTable } from './export-table';

// papaparse's own `escapeFormulae: true` misses a value with a line break after the trigger (its
// pattern uses `.*$` without the s flag) and leaves out LF, so the pattern is ours.

/** CSV with a UTF-8 byte-order mark so Excel on Windows opens Peña and Nguyễn without mojibake. */
export function writeCsv(table: ExportTable): Buffer {
  const text = Papa.unparse(
    {
      fields: table.columns.map((c) => c.header),
      data: table.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.date : cell ?? ''))),
    },
    { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}
