import type { Box, TextOp } from './geometry';
import { primaryMetrics, runsMetrics, textWidth, type TextStyle } from './measure';
import { splitRuns } from './runs';
import { SCHOOL_LANGUAGE, type Segment } from './school-text';
import { tagged, TAGS } from './tags';
import { ellipsize, wrapText } from './wrap';

/**
 * Lines of text as drawing operations. Lines are set at 1.22 × the font size with DejaVu's ascent
 * and descent centred in the line; runs in other fonts share the baseline. Droid's CJK ascent is
 * taller than DejaVu's, so a CJK line's box may reach ~0.09 em above its line: every text box
 * sits inside a padded cell or margin that takes that (the layout tests check the boxes).
 */

const LEADING = 1.15;

export function lineHeight(style: TextStyle): number {
  return Math.ceil(style.size * LEADING * 10) / 10;
}

/**
 * How far DejaVu's ascent and descent (1.164 em together) reach beyond a line set at LEADING:
 * the first line under the top margin and the footer above the bottom one sit this much inside.
 */
export function inkOverhang(style: TextStyle): number {
  const { ascent, descent } = primaryMetrics();
  return Math.max(0, ((ascent + descent - LEADING) * style.size) / 2);
}

/** Distance from a line's top to its baseline. */
function baselineOffset(style: TextStyle): number {
  const { ascent, descent } = primaryMetrics();
  return (lineHeight(style) - (ascent + descent) * style.size) / 2 + ascent * style.size;
}

/** One line whose top is `top`, starting at `x`; the text must already fit where it goes. */
export function textOp(text: string, style: TextStyle, x: number, top: number): TextOp {
  const runs = splitRuns(text, style.font);
  const used = runsMetrics(runs);
  const baseline = top + baselineOffset(style);
  const width = textWidth(text, style);
  return {
    kind: 'text',
    x,
    baseline,
    runs,
    style,
    box: { x, y: baseline - used.ascent * style.size, w: width, h: (used.ascent + used.descent) * style.size },
  };
}

export type Align = 'left' | 'right' | 'center';

/** One line fitted into `box` (shortened with an ellipsis if need be), aligned within it. */
export function fittedLine(text: string, style: TextStyle, box: Box, align: Align = 'left'): TextOp | null {
  const fitted = ellipsize(text, style, box.w);
  if (fitted === '') return null;
  const op = textOp(fitted, style, box.x, box.y);
  const slack = box.w - op.box.w;
  const dx = align === 'right' ? slack : align === 'center' ? slack / 2 : 0;
  if (dx > 0) {
    op.x += dx;
    op.box.x += dx;
  }
  return op;
}

/** Text wrapped into lines of `width` from `top` down, at most `maxLines`; returns the ops and the height used. */
export function paragraph(text: string, style: TextStyle, x: number, top: number, width: number, maxLines = Infinity) {
  const lines = wrapText(text, style, width, maxLines);
  const height = lineHeight(style);
  return { ops: lines.map((line, i) => textOp(line, style, x, top + i * height)), height: lines.length * height };
}

/**
 * One line drawn as its segments, side by side from `x`: the printout's words as content of
 * `path`, the school's words (course titles) as a span in the school's language inside it, keyed
 * by `entry` and the range, so a title wrapped over two lines is one span. Each segment starts
 * where the drawing of the whole line would have put it, so the page looks the same.
 */
export function segmentOps(segments: readonly Segment[], style: TextStyle, x: number, top: number, path: string, entry: number): TextOp[] {
  const ops: TextOp[] = [];
  let at = x;
  for (const segment of segments) {
    const op = textOp(segment.text, style, at, top);
    ops.push(tagged(op, segment.school === null ? path : TAGS.span(path, `${entry}.${segment.school}`, SCHOOL_LANGUAGE)));
    at += op.box.w;
  }
  return ops;
}
