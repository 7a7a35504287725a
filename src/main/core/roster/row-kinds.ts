import { FIELD_LABELS, normaliseHeader, type RosterField } from './fields';
import { describeColumn, type ColumnMapping } from './mapping';
import type { RowCells } from './student-row';

export type RowKind = 'blank' | 'repeated_header' | 'footer' | 'student';

const NAME_FIELDS: RosterField[] = ['firstName', 'lastName', 'fullName'];
const FOOTER_WORDS = /^(grand\s+total|total|count|number of students|printed|run date|end of report|page\s+\d)\b/i;

/** One data row read by field. A class, so reading 20,000 rows builds no closures per row. */
class RowView implements RowCells {
  constructor(
    private readonly row: readonly string[],
    private readonly columns: ColumnMapping['columns'],
    private readonly headers: readonly string[],
  ) {}

  get(field: RosterField): string {
    const index = this.columns[field];
    return index === undefined ? '' : (this.row[index] ?? '').trim();
  }

  has(field: RosterField): boolean {
    return this.columns[field] !== undefined;
  }

  column(field: RosterField): string {
    const index = this.columns[field];
    return index === undefined ? FIELD_LABELS[field] : describeColumn(this.headers, index);
  }
}

export function rowReader(headers: readonly string[], mapping: ColumnMapping): (row: readonly string[]) => RowCells {
  return (row) => new RowView(row, mapping.columns, headers);
}

function filledCells(row: readonly string[]): string[] {
  const filled: string[] = [];
  for (const cell of row) {
    const text = cell.trim();
    if (text !== '') filled.push(text);
  }
  return filled;
}

/**
 * "Total: 412 students", "Printed 11/20/2026 … Page 2", "Grade 9 count": a row of at most two
 * cells with no student number (or a footer's words, or a lone cell with spaces, where the
 * number should be) is a footer when it has no name or reads like a footer. Rejecting those
 * would bury the real rejections under noise; they are listed as skipped so the preview can
 * still show them. A row that fills three or more cells, or has a student number and a name,
 * is a student with something missing: it is rejected, never skipped.
 */
function isFooter(filled: readonly string[], cells: RowCells): boolean {
  if (filled.length > 2) return false;
  const number = cells.get('studentNumber');
  const noNumber = number === '' || FOOTER_WORDS.test(number) || (filled.length === 1 && /\s/.test(number));
  if (!noNumber) return false;
  const named = NAME_FIELDS.some((f) => cells.get(f) !== '');
  return !named || filled.some((c) => FOOTER_WORDS.test(c));
}

/** What a data row is, decided before any student is built from it. */
export function rowClassifier(headers: readonly string[]): (row: readonly string[], cells: RowCells) => { kind: RowKind; text: string } {
  const normalised = headers.map(normaliseHeader);
  // Report exports repeat the header at the top of every printed page.
  const repeatsHeader = (row: readonly string[]) =>
    normalised.every((h, i) => h === normaliseHeader(row[i] ?? '')) && normalised.some((h) => h !== '');
  return (row, cells) => {
    // Cheap tests first: nearly every row is a student with a number in a known column.
    const first = normalised.findIndex((h) => h !== '');
    if (first !== -1 && (row[first] ?? '').trim() !== '' && normaliseHeader(row[first]!) !== normalised[first]) {
      const number = cells.get('studentNumber');
      if (number !== '' && !FOOTER_WORDS.test(number) && row.length > 2) return { kind: 'student', text: '' };
    }
    const filled = filledCells(row);
    if (filled.length === 0) return { kind: 'blank', text: '' };
    if (repeatsHeader(row)) return { kind: 'repeated_header', text: filled.join(' | ') };
    if (isFooter(filled, cells)) return { kind: 'footer', text: filled.join(' | ') };
    return { kind: 'student', text: '' };
  };
}
