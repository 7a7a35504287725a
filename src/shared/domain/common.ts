import { z } from 'zod';

/** A date without a time, stored and sent as `YYYY-MM-DD` text: no time zone can shift it. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(isRealDate, 'a date that exists on the calendar');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` naming a day of the Gregorian calendar, years 0100–9999 (what `Date.UTC` could
 * check: it reads years below 100 as 19xx). Arithmetic, not a Date per call: the roster import
 * asks this of every birth date in the file.
 */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[mo - 1]!);
}

/** Optional free text: blank becomes null so the store never holds '' and NULL for the same thing. */
export const OptionalText = z
  .string()
  .trim()
  .max(500)
  .nullable()
  .transform((s) => (s === '' ? null : s));

export const NoInput = z.object({}).strict();

/** Today as `YYYY-MM-DD` on the counselor's own calendar (local time, not UTC: 8 pm is still today). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
