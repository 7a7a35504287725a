import type { Report, ReportCell, ReportTable } from '../../../shared/domain/report';
import { contentBox, rule, type Box, type DrawOp, type PageFrame } from '../pdf/geometry';
import { textWidth, type TextStyle } from '../pdf/measure';
import { fittedLine, inkOverhang, lineHeight, paragraph } from '../pdf/text-ops';

/**
 * The one page of a report for a principal or a school board: title, scope, the chart, then the
 * first table (as many rows as fit; a line says how many more the spreadsheet holds), then the
 * notes. Landscape Letter. Pure layout: drawing operations with their boxes, and the box the
 * chart goes into (pdf.ts draws the chart's SVG there).
 */

export interface ReportPage {
  frame: PageFrame;
  ops: DrawOp[];
  chartBox: Box;
}

export const REPORT_FRAME: PageFrame = { width: 792, height: 612, margin: 36 };

const TITLE: TextStyle = { font: 'bold', size: 16 };
const SCOPE: TextStyle = { font: 'regular', size: 9.5, gray: 0.25 };
const HEAD: TextStyle = { font: 'bold', size: 8.5 };
const CELL: TextStyle = { font: 'regular', size: 8.5 };
const NOTE: TextStyle = { font: 'regular', size: 7.5, gray: 0.3 };
const CHART_HEIGHT = 250;
const CELL_PAD = 4;

export function cellText(cell: ReportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(Math.round(cell * 100) / 100) : cell;
}

export function layoutReportPage(report: Report): ReportPage {
  const frame = REPORT_FRAME;
  const content = contentBox(frame);
  const ops: DrawOp[] = [];
  // Lines are set tighter than the font's ascent and descent (pdf/text-ops.ts): the first and last
  // lines sit that much inside the margins, as the printed plan's do.
  let y = content.y + inkOverhang(TITLE);
  const title = fittedLine(report.title, TITLE, { x: content.x, y, w: content.w, h: lineHeight(TITLE) });
  if (title) ops.push(title);
  y += lineHeight(TITLE);
  const scope = fittedLine(`${report.scope} · ${report.studentCount} students · made ${report.madeOn}`, SCOPE, { x: content.x, y, w: content.w, h: lineHeight(SCOPE) });
  if (scope) ops.push(scope);
  y += lineHeight(SCOPE) + 6;
  const chartBox = { x: content.x, y, w: content.w, h: CHART_HEIGHT };
  y += CHART_HEIGHT + 8;

  const notes = report.notes;
  const notesHeight = notes.reduce((h, n) => h + paragraph(n, NOTE, content.x, 0, content.w, 2).height, 0);
  const tableBottom = content.y + content.h - inkOverhang(NOTE) - notesHeight - (notes.length > 0 ? 4 : 0);
  y = drawTable(ops, report.tables[0]!, content.x, y, content.w, tableBottom);

  y = Math.max(y + 4, tableBottom + 4);
  for (const n of notes) {
    const p = paragraph(n, NOTE, content.x, y, content.w, 2);
    ops.push(...p.ops);
    y += p.height;
  }
  return { frame, ops, chartBox };
}

/** Column widths: each column's widest text (header or a cell), shrunk in proportion when the total is too wide. */
function columnWidths(table: ReportTable, rows: ReportTable['rows'], width: number): number[] {
  // The totals row is set in bold: measure it so.
  const styleOf = (r: ReportTable['rows'][number]) => (r === table.total ? HEAD : CELL);
  const natural = table.columns.map((c) =>
    Math.max(textWidth(c.label, HEAD), ...rows.map((r) => textWidth(cellText(r.cells[c.key]), styleOf(r)))) + 2 * CELL_PAD,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural;
  return natural.map((w) => (w * width) / total);
}

function drawTable(ops: DrawOp[], table: ReportTable, x: number, top: number, width: number, bottom: number): number {
  const rowHeight = lineHeight(CELL) + 3;
  const all = [...table.rows, ...(table.total ? [table.total] : [])];
  let y = top;
  const caption = fittedLine(table.title, { font: 'bold', size: 10 }, { x, y, w: width, h: lineHeight({ font: 'bold', size: 10 }) });
  if (caption) ops.push(caption);
  y += lineHeight({ font: 'bold', size: 10 }) + 2;
  // Rows that fit below the header, keeping a line to say what was left out.
  const room = Math.floor((bottom - y - rowHeight) / rowHeight);
  const fits = all.length <= room ? all : all.slice(0, Math.max(0, room - 1));
  const widths = columnWidths(table, fits, width);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const drawRow = (cells: (c: (typeof table.columns)[number]) => string, style: TextStyle) => {
    let cx = x;
    table.columns.forEach((c, i) => {
      const op = fittedLine(cells(c), style, { x: cx + CELL_PAD, y: y + 1.5, w: widths[i]! - 2 * CELL_PAD, h: lineHeight(style) }, c.kind === 'number' ? 'right' : 'left');
      if (op) ops.push(op);
      cx += widths[i]!;
    });
    y += rowHeight;
  };
  drawRow((c) => c.label, HEAD);
  ops.push(rule(x, y, x + tableWidth, y, 0.75, 0));
  fits.forEach((row, i) => {
    const isTotal = table.total !== undefined && row === table.total;
    if (isTotal) ops.push(rule(x, y, x + tableWidth, y, 0.75, 0));
    drawRow((c) => cellText(row.cells[c.key]), isTotal ? HEAD : CELL);
    if (!isTotal && i < fits.length - 1) ops.push(rule(x, y, x + tableWidth, y, 0.25, 0.7));
  });
  if (fits.length < all.length) {
    const more = all.length - fits.length;
    const op = fittedLine(`… and ${more} more row${more === 1 ? '' : 's'}: the .xlsx export holds every row.`, NOTE, { x, y: y + 1.5, w: width, h: lineHeight(NOTE) });
    if (op) ops.push(op);
    y += rowHeight;
  }
  return y;
}
