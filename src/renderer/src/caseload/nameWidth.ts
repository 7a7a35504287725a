import type { CaseloadEntry } from './entries';

/** The badge beside a student a newer roster no longer lists. */
export const NOT_IN_ROSTER = 'Not in latest roster';

/** Room around a name in its cell: the cell's padding (12px each side) and a little slack for hinting. */
const CELL_PADDING_PX = 28;
/** The badge beside a student no longer in the roster: its padding and the gap before it. */
const BADGE_EXTRA_PX = 28;
/** Only the longest names (by characters) can be the widest; measuring those few keeps 20,000 rows cheap. */
const CANDIDATES = 40;

let canvas: HTMLCanvasElement | null = null;

/** The CANDIDATES longest names (by characters): a pass to count lengths, one to pick, no sort of 20,000. */
function longestFirst(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(e.name.length, (counts.get(e.name.length) ?? 0) + 1);
  let shortest = 0;
  let taken = 0;
  for (const length of [...counts.keys()].sort((a, b) => b - a)) {
    shortest = length;
    taken += counts.get(length)!;
    if (taken >= CANDIDATES) break;
  }
  const longer = entries.filter((e) => e.name.length > shortest);
  const atShortest = entries.filter((e) => e.name.length === shortest);
  return [...longer, ...atShortest.slice(0, Math.max(0, CANDIDATES - longer.length))];
}

function measure(font: string, text: string): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return text.length * 10;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/**
 * The width, in CSS pixels, the name column needs so that no name is cut short: the widest name
 * as the page's font draws it (plus the "Not in latest roster" badge where a row has one). The
 * table is virtualized, so rows cannot size the column themselves; it is measured once per list.
 */
export function nameColumnWidth(entries: readonly CaseloadEntry[], badgeText: string): number {
  if (entries.length === 0 || typeof document === 'undefined') return 0;
  const style = getComputedStyle(document.body);
  const size = parseFloat(style.fontSize) || 16;
  const nameFont = `500 ${size}px ${style.fontFamily}`;
  let widest = 0;
  for (const e of longestFirst(entries)) widest = Math.max(widest, measure(nameFont, e.name));
  // The badge sits beside the name: the widest of those rows decides separately.
  const inactive = entries.filter((e) => e.row.status === 'not_in_latest_roster');
  if (inactive.length > 0) {
    const badge = measure(`700 ${size * 0.78}px ${style.fontFamily}`, badgeText) + BADGE_EXTRA_PX;
    for (const e of longestFirst(inactive)) widest = Math.max(widest, measure(nameFont, e.name) + badge);
  }
  return Math.ceil(widest + CELL_PADDING_PX);
}
