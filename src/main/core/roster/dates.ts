import { isRealDate } from '../../../shared/domain/common';
import { fail, ok, type Parsed } from './parsed';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]m)?Z?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`, 'i');
// US systems: a/b/yyyy is always month/day, never day/month.
const US = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})${TIME}$`, 'i');
// What Excel writes to CSV for its "d-mmm-yy" and "mmm d, yyyy" display formats.
const DAY_MONTH = /^(\d{1,2})[- ]([a-z]{3,9})\.?[- ,]+(\d{4}|\d{2})$/i;
const MONTH_DAY = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4}|\d{2})$/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

/**
 * Two-digit years are in this century unless that puts the date after today, which a birth
 * date cannot be: "03/04/98" is 1998, "03/04/10" is 2010.
 */
function fullYear(year: string, month: number, day: number, today: string): number {
  if (year.length === 4) return Number(year);
  const thisCentury = 2000 + Number(year);
  return `${thisCentury}-${pad(month)}-${pad(day)}` > today ? thisCentury - 100 : thisCentury;
}

function parts(text: string, today: string): { y: number; m: number; d: number } | null {
  let match = ISO.exec(text);
  if (match) return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  match = US.exec(text);
  if (match) {
    const [m, d] = [Number(match[1]), Number(match[2])];
    return { y: fullYear(match[3]!, m, d, today), m, d };
  }
  match = DAY_MONTH.exec(text);
  const fromDayMonth = match && monthNumber(match[2]!);
  if (match && fromDayMonth) {
    const d = Number(match[1]);
    return { y: fullYear(match[3]!, fromDayMonth, d, today), m: fromDayMonth, d };
  }
  match = MONTH_DAY.exec(text);
  const fromMonthDay = match && monthNumber(match[1]!);
  if (match && fromMonthDay) {
    const d = Number(match[2]);
    return { y: fullYear(match[3]!, fromMonthDay, d, today), m: fromMonthDay, d };
  }
  return null;
}

/**
 * A birth date as `YYYY-MM-DD`, or why not. Bare numbers are refused: an Excel serial can only be
 * trusted from a workbook cell whose format says it is a date, and the xlsx reader converts those.
 */
export function parseBirthDate(text: string, today: string): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const found = parts(value, today);
  if (!found) return fail(`Birth date "${value}" is not a date this app can read; write it as MM/DD/YYYY or YYYY-MM-DD.`);
  const iso = `${pad(found.y, 4)}-${pad(found.m)}-${pad(found.d)}`;
  if (!isRealDate(iso)) return fail(`Birth date "${value}" is not a real date on the calendar.`);
  if (iso > today) return fail(`Birth date "${value}" is in the future.`);
  if (found.y < 1900) return fail(`Birth date "${value}" is before 1900; check the year.`);
  return ok(iso);
}
