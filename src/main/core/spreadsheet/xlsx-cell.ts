/**
 * exceljs cell values to the text a counselor sees in Excel. Kept apart from the reader so the
 * rules can be tested without building workbooks.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** UTC getters: exceljs returns UTC midnight, and local getters west of Greenwich show the day before. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Serial day numbers count from 1899-12-30, which absorbs Excel's phantom 1900-02-29 for every date after it. */
export function serialToIsoDate(serial: number, date1904 = false): string {
  // Round to the second first: 38718.99999999 is a date-time that Excel shows as the next day.
  const days = Math.floor(Math.round(serial * 86_400) / 86_400);
  return isoDate(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS));
}

/** A number format that shows a calendar date (not a time of day alone, not a number). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[\\_*]./g, '');
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/** Numbers as written: 100000 not 1e5, 9 not 9.0. */
export function plainNumber(n: number): string {
  if (Number.isSafeInteger(n)) return String(n === 0 ? 0 : n);
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function numberText(n: number, numFmt: string | undefined, date1904: boolean): string {
  if (!Number.isFinite(n)) return '';
  if (isDateFormat(numFmt)) return serialToIsoDate(n, date1904);
  // Schools keep 6-digit IDs as numbers formatted "000000": the counselor sees 000123, so do we.
  if (numFmt && /^0+$/.test(numFmt) && Number.isSafeInteger(n) && n >= 0) {
    return String(n).padStart(numFmt.length, '0');
  }
  return plainNumber(n);
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null;
}

/** Thrown for values exceljs could not resolve (shared strings it did not find). */
export class UnresolvedCellError extends Error {}

export function cellText(value: unknown, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt, date1904);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (!isObject(value)) return '';
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  // Nothing recalculates: the value Excel saved with the formula is what the counselor saw.
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result, numFmt, date1904);
  if ('error' in value) return '';
  if ('text' in value) return cellText(value.text, numFmt, date1904);
  if ('sharedString' in value) throw new UnresolvedCellError('shared string table missing');
  return '';
}
