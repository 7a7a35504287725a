/**
 * Excel shows a long number in a General column as 1.23457E+11 and saves exactly that into a CSV:
 * the student number 123456789012 is gone, and importing the text would add a new student with
 * a number no one has. Such a row is rejected; the students it may stand for are still on the
 * roster, so they must not be marked "not in latest roster" either.
 */

const SHORTENED = /^([+-]?)(\d)(?:\.(\d+))?[eE]\+?(\d{1,3})$/;

export const EXCEL_SHORTENED_REASON = 'Excel shortened this number; format the column as text and export again.';

/** True for a student number in Excel's scientific notation (1.23457E+11, 1.2e+11, 9E+15). */
export function isExcelShortened(text: string): boolean {
  return SHORTENED.test(text.trim());
}

interface Shortened {
  digits: number;
  value: number;
}

function parse(text: string): Shortened | null {
  const match = SHORTENED.exec(text.trim());
  if (!match || match[1] === '-') return null;
  return { digits: 1 + (match[3]?.length ?? 0), value: Number(text.trim()) };
}

/**
 * Which of the store's student numbers a set of shortened numbers may stand for: a number matches
 * when rounding it to as many significant digits as Excel kept gives the same value.
 */
export function shortenedMatcher(shortenedNumbers: Iterable<string>): (studentNumber: string) => boolean {
  const keys = new Set<string>();
  const digitCounts = new Set<number>();
  for (const text of shortenedNumbers) {
    const parsed = parse(text);
    if (!parsed) continue;
    keys.add(`${parsed.digits}|${parsed.value}`);
    digitCounts.add(parsed.digits);
  }
  if (keys.size === 0) return () => false;
  return (studentNumber) => {
    if (!/^\d{2,}$/.test(studentNumber)) return false;
    const n = Number(studentNumber);
    for (const digits of digitCounts) {
      if (keys.has(`${digits}|${Number(n.toPrecision(digits))}`)) return true;
    }
    return false;
  };
}
