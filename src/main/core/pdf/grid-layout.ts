import type { Block } from './flow';
import { rule, type DrawOp } from './geometry';
import type { GridHead, GridRow } from './grid-content';
import type { Labels } from './labels';
import type { TextStyle } from './measure';
import { lineSegments, type Range, type Segment } from './school-text';
import { fittedLine, lineHeight, segmentOps, textOp } from './text-ops';
import { wrapText } from './wrap';
import { SIZES } from './sizes';
import { tagged, TAGS } from './tags';

/**
 * The grid measured and cut into blocks: a header row (repeated on each page the grid continues
 * on) and one block per area row. Each cell's entries wrap to four lines at most, then end in an
 * ellipsis; a cell with more entries than a page could hold ends with "+ N more". Whatever is
 * shortened or left out is in the row's `shortened` list, which layout.ts prints in full below the
 * grid, so nothing is lost. Nothing is drawn outside its cell: every line is fitted to the cell's
 * inner width.
 */

export const CELL_STYLE: TextStyle = SIZES.gridCell;
const LABEL_STYLE: TextStyle = SIZES.gridLabel;
const HEAD_STYLE: TextStyle = SIZES.gridHead;
const YEAR_STYLE: TextStyle = SIZES.gridYear;
const PAD_X = 2.5;
const PAD_Y = 1.5;
const ENTRY_LINES = 4;
const LABEL_LINES = 3;
const HANG = 5;
const RULE_WIDTH = 0.5;

interface Column {
  x: number;
  w: number;
}

/** The area column, then the four high-school years, then the (slightly narrower) years after high school. */
export function gridColumns(x: number, width: number, years: number): Column[] {
  const areaWidth = Math.min(96, width * 0.135);
  const weights = Array.from({ length: years }, (_, i) => (i < 4 ? 1 : 1.05));
  const unit = (width - areaWidth) / weights.reduce((a, b) => a + b, 0);
  const columns: Column[] = [{ x, w: areaWidth }];
  let at = x + areaWidth;
  for (const weight of weights) {
    columns.push({ x: at, w: unit * weight });
    at += unit * weight;
  }
  return columns;
}

interface CellLine {
  text: string;
  indent: number;
  /** The line cut where the school's words begin and end (school-text.ts); none: one language. */
  segments?: Segment[] | null;
  /** Which of the cell's entries the line belongs to. */
  entry?: number;
}

/** The entry did not fit its lines and ends in an ellipsis. */
function cutShort(entry: string, width: number): boolean {
  return wrapText(entry, CELL_STYLE, width - HANG, ENTRY_LINES + 1).length > ENTRY_LINES;
}

function cellLines(entries: readonly string[], width: number, maxLines: number, labels: Labels, shortened: string[], school: ReadonlyMap<string, readonly Range[]>): CellLine[] {
  const perEntry = entries.map((entry, e) => {
    const lines = wrapText(entry, CELL_STYLE, width - HANG, ENTRY_LINES);
    const segments = lineSegments(entry, lines, school.get(entry) ?? []);
    return lines.map((text, i) => ({ text, indent: i === 0 ? 0 : HANG, segments: segments[i], entry: e }));
  });
  const total = perEntry.reduce((n, lines) => n + lines.length, 0);
  if (total <= maxLines) {
    shortened.push(...entries.filter((entry) => cutShort(entry, width)));
    return perEntry.flat();
  }
  const shown: CellLine[][] = [];
  let used = 0;
  for (const lines of perEntry) {
    if (used + lines.length > maxLines - 1) break;
    shown.push(lines);
    used += lines.length;
  }
  shown.forEach((_, i) => cutShort(entries[i]!, width) && shortened.push(entries[i]!));
  shortened.push(...entries.slice(shown.length));
  return [...shown.flat(), { text: labels.moreCourses(entries.length - shown.length), indent: 0 }];
}

function verticals(columns: readonly Column[], top: number, height: number): DrawOp[] {
  const edges = [...columns.map((c) => c.x), columns.at(-1)!.x + columns.at(-1)!.w];
  return edges.map((x) => rule(x, top, x, top + height, RULE_WIDTH));
}

export function gridHeadBlock(heads: readonly GridHead[], columns: readonly Column[], labels: Labels): Block {
  const lh = lineHeight(HEAD_STYLE);
  const height = PAD_Y * 2 + lh + lineHeight(YEAR_STYLE);
  return {
    height,
    draw(top) {
      const left = columns[0]!.x;
      const right = columns.at(-1)!.x + columns.at(-1)!.w;
      const ops: DrawOp[] = [{ kind: 'fill', box: { x: left, y: top, w: right - left, h: height }, gray: 0.9 }];
      const inner = (c: Column, y: number, h: number) => ({ x: c.x + PAD_X, y, w: c.w - 2 * PAD_X, h });
      const area = tagged(fittedLine(labels.area, HEAD_STYLE, inner(columns[0]!, top + PAD_Y, lh)), TAGS.columnHead(0));
      if (area) ops.push(area);
      heads.forEach((head, i) => {
        const column = columns[i + 1]!;
        const label = tagged(fittedLine(head.label, HEAD_STYLE, inner(column, top + PAD_Y, lh)), TAGS.columnHead(i + 1));
        if (label) ops.push(label);
        const year = head.sub ? tagged(fittedLine(head.sub, YEAR_STYLE, inner(column, top + PAD_Y + lh, lh)), TAGS.columnHead(i + 1)) : null;
        if (year) ops.push(year);
      });
      ops.push(rule(left, top, right, top, RULE_WIDTH), rule(left, top + height, right, top + height, RULE_WIDTH));
      ops.push(...verticals(columns, top, height));
      return ops;
    },
  };
}

/** Lines a row may use so that, with the header row, it fits on an empty page body. */
export function maxRowLines(bodyHeight: number, headHeight: number): number {
  return Math.max(3, Math.floor((bodyHeight - headHeight - 2 * PAD_Y) / lineHeight(CELL_STYLE)));
}

/** Row `index` (from 0, below the head row) of the grid. */
/** `padY`: the space above and below a row's lines (PAD_Y; less when a plan closes up to keep its signatures on a sheet). */
export function gridRowBlock(row: GridRow, index: number, columns: readonly Column[], maxLines: number, labels: Labels, padY = PAD_Y): Block & { shortened: string[] } {
  const shortened: string[] = [];
  const lh = lineHeight(CELL_STYLE);
  const labelColumn = columns[0]!;
  const labelLines = wrapText(row.label, LABEL_STYLE, labelColumn.w - 2 * PAD_X, Math.min(LABEL_LINES, maxLines));
  const cells = row.cells.map((entries, i) => cellLines(entries, columns[i + 1]!.w - 2 * PAD_X, maxLines, labels, shortened, row.school));
  const labelLimit = Math.min(LABEL_LINES, maxLines);
  if (wrapText(row.label, LABEL_STYLE, labelColumn.w - 2 * PAD_X, labelLimit + 1).length > labelLimit) shortened.push(row.label);
  const lines = Math.max(1, labelLines.length, ...cells.map((c) => c.length));
  const height = padY * 2 + lines * lh;
  return {
    height,
    shortened,
    draw(top) {
      const left = labelColumn.x;
      const right = columns.at(-1)!.x + columns.at(-1)!.w;
      const ops: DrawOp[] = [];
      if (row.kind === 'credits') ops.push({ kind: 'fill', box: { x: left, y: top, w: right - left, h: height }, gray: 0.95 });
      labelLines.forEach((text, k) => ops.push(tagged(textOp(text, LABEL_STYLE, labelColumn.x + PAD_X, top + padY + k * lh), TAGS.rowHead(index))));
      cells.forEach((cell, i) => {
        const column = columns[i + 1]!;
        cell.forEach((line, k) => {
          const x = column.x + PAD_X + line.indent;
          const y = top + padY + k * lh;
          if (line.segments) ops.push(...segmentOps(line.segments, CELL_STYLE, x, y, TAGS.cell(index, i + 1), line.entry ?? k));
          else ops.push(tagged(textOp(line.text, CELL_STYLE, x, y), TAGS.cell(index, i + 1)));
        });
      });
      ops.push(rule(left, top + height, right, top + height, RULE_WIDTH));
      ops.push(...verticals(columns, top, height));
      return ops;
    },
  };
}
