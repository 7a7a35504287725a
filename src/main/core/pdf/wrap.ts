import { textWidth, type TextStyle } from './measure';

/**
 * Fitting text into a box: wrap at spaces (and between CJK characters, which break anywhere),
 * break a word longer than the line by characters, and when the lines run out end the last one
 * with an ellipsis. Every line returned is at most `width` wide: text never spills from its box.
 */

export const ELLIPSIS = '…';

/** Break opportunities: after spaces, and around each CJK character. */
const PIECES = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]\s*|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu;

function pieces(text: string): string[] {
  return text.match(PIECES) ?? [];
}

/** The longest prefix of `text` (by characters) that fits, at least one character so progress is made. */
function fittingPrefix(text: string, style: TextStyle, width: number): string {
  const chars = Array.from(text);
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join(''), style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('');
}

/** `text` shortened from the end until it fits in `width`, marked with an ellipsis when anything was cut. */
export function ellipsize(text: string, style: TextStyle, width: number): string {
  const trimmed = text.trimEnd();
  return textWidth(trimmed, style) <= width ? trimmed : withEllipsis(trimmed, style, width);
}

/** `text` with an ellipsis at its end, shortened as much as that needs. */
function withEllipsis(text: string, style: TextStyle, width: number): string {
  const chars = Array.from(text.trimEnd());
  const candidate = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(candidate(mid), style) <= width) lo = mid;
    else hi = mid - 1;
  }
  // A box narrower than an ellipsis gets nothing rather than an overflowing mark.
  return textWidth(candidate(lo), style) <= width ? candidate(lo) : '';
}

/** Greedy line filling of one paragraph; stops once `limit` lines are made. */
function fillLines(paragraph: string, style: TextStyle, width: number, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let piece of pieces(paragraph)) {
    if (lines.length >= limit) break;
    const candidate = line + piece;
    if (textWidth(candidate.trimEnd(), style) <= width) {
      line = candidate;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    piece = piece.trimStart();
    while (piece.trim() !== '' && textWidth(piece.trimEnd(), style) > width && lines.length < limit) {
      const head = fittingPrefix(piece, style, width);
      lines.push(head);
      piece = piece.slice(head.length);
    }
    line = piece;
  }
  if (line.trim() !== '' && lines.length < limit) lines.push(line.trimEnd());
  return lines;
}

/**
 * `text` in lines of at most `width`, at most `maxLines` of them; a cut shows as "…" at the end of
 * the last line. Newlines in the text start new lines.
 */
export function wrapText(text: string, style: TextStyle, width: number, maxLines = Infinity): string[] {
  if (maxLines < 1 || width <= 0) return [];
  // A batch wraps the same course titles into the same cells hundreds of times.
  const key = `${style.font}|${style.size}|${width}|${maxLines}|${text}`;
  const known = wrapped.get(key);
  if (known) return [...known];
  const lines = wrapUncached(text, style, width, maxLines);
  if (wrapped.size >= MAX_WRAPPED) wrapped.clear();
  wrapped.set(key, lines);
  return [...lines];
}

const wrapped = new Map<string, readonly string[]>();
const MAX_WRAPPED = 20_000;

function wrapUncached(text: string, style: TextStyle, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (lines.length > maxLines) break;
    lines.push(...fillLines(paragraph, style, width, maxLines + 1 - lines.length));
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', style, width);
  return kept;
}
