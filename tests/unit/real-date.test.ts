import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/shared/domain/common';

/** What isRealDate answered when it built a Date for each call: the arithmetic must agree with it everywhere. */
function byDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it('agrees with the calendar for every month and day around leap-year and century edges', () => {
    const years = [0, 4, 99, 100, 104, 1600, 1700, 1899, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9999];
    let real = 0;
    for (const y of years) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
          expect(isRealDate(text), text).toBe(byDate(text));
          if (byDate(text)) real++;
        }
      }
    }
    expect(real).toBeGreaterThan(5000); // the sweep did meet real dates, not only refusals
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const text of ['2024-2-29', '2024-02-29T00:00', ' 2024-02-29', '24-02-29', '2024/02/29', '']) expect(isRealDate(text)).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
  });
});
