const creditFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** 1 → "1", 0.5 → "0.5", 6.25 → "6.25". */
export function credits(n: number): string {
  return creditFormat.format(n);
}

/** "1 credit", "0.5 credits". */
export function creditsPhrase(n: number): string {
  return `${credits(n)} ${n === 1 ? 'credit' : 'credits'}`;
}

/** `2026-04-11` → "Apr 11, 2026": read in UTC, so no time zone moves the day. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A typed number ("1", "0.5", ".75"); null for blank; NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d*\.?\d+$|^\d+\.$/.test(t) ? Number(t) : Number.NaN;
}
