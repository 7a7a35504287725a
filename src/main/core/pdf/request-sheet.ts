import type { Paper, PrintOptions } from '../../../shared/domain/print';
import type { Student } from '../../../shared/domain/student';
import type { CourseRequest } from '../requests/collect';
import { rule, type Box, type DrawOp, type PageFrame } from './geometry';
import { formatCredits } from './grid-content';
import type { PlanLayout } from './layout';
import type { TextStyle } from './measure';
import { requestSheetLabelsFor } from './label-registry';
import type { RequestSheetLabels } from './request-sheet-labels';
import { familyWrittenName } from './student-name';
import { fittedLine, lineHeight, paragraph } from './text-ops';
import { joinFields } from './visual-order';

/**
 * The course request sheet: one portrait page per student for schools that key requests by hand —
 * the school year's planned courses (each alternate under its course, "Alternate for …"), the
 * credits requested, lines for changes, and signature lines for the student and a guardian. Pure,
 * like the plan's layout: it takes what collectRequests found and draws nothing itself.
 */

export interface RequestSheet {
  student: Student;
  grade: number;
  schoolYear: string;
  requests: CourseRequest[];
}

/** Portrait: a form, read top to bottom (the plan's grid is the landscape page). */
const PORTRAIT: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};
const MARGIN = 42;

const TITLE: TextStyle = { font: 'bold', size: 14 };
const NAME: TextStyle = { font: 'bold', size: 11 };
const BODY: TextStyle = { font: 'regular', size: 9.5 };
const HEAD: TextStyle = { font: 'bold', size: 8.5, gray: 0.25 };
const TOTAL: TextStyle = { font: 'bold', size: 9.5 };
const ALT: TextStyle = { font: 'regular', size: 9, gray: 0.3 };
const SMALL: TextStyle = { font: 'regular', size: 7.5, gray: 0.35 };
const ROW = 17;
const CHANGE_LINES = 4;

export function requestSheetFrame(paper: Paper): PageFrame {
  return { ...PORTRAIT[paper], margin: MARGIN };
}

export function layoutRequestSheet(sheet: RequestSheet, options: PrintOptions): PlanLayout {
  const labels = requestSheetLabelsFor(options.lang);
  const frame = requestSheetFrame(options.paper);
  const box: Box = { x: MARGIN, y: MARGIN, w: frame.width - 2 * MARGIN, h: frame.height - 2 * MARGIN };
  const ops: DrawOp[] = [];
  const push = (op: DrawOp | null) => op && ops.push(op);
  let y = box.y;

  const title = options.school ? joinFields([options.school, labels.title(sheet.schoolYear)]) : labels.title(sheet.schoolYear);
  push(fittedLine(title, TITLE, { x: box.x, y, w: box.w, h: lineHeight(TITLE) }));
  y += lineHeight(TITLE) + 4;
  const s = sheet.student;
  const facts = joinFields([labels.number(s.studentNumber), labels.grade(sheet.grade, sheet.schoolYear), ...(s.counselor ? [labels.counselor(s.counselor)] : [])]);
  const name = fittedLine(familyWrittenName(s), NAME, { x: box.x, y, w: box.w * 0.55, h: lineHeight(NAME) });
  push(name);
  const factsX = (name ? name.box.x + name.box.w : box.x) + 10;
  push(fittedLine(facts, BODY, { x: factsX, y: y + 1, w: box.x + box.w - factsX, h: lineHeight(BODY) }));
  y += lineHeight(NAME) + 6;
  const intro = paragraph(labels.intro, BODY, box.x, y, box.w, 3);
  ops.push(...intro.ops);
  y += intro.height + 8;

  // Columns: course number, course (with "Alternate for …" under an alternate), credits, term.
  const cols = { number: box.x, course: box.x + 92, credits: box.x + box.w - 150, term: box.x + box.w - 95 };
  const widths = { number: 88, course: cols.credits - cols.course - 8, credits: 50, term: 95 };
  const head = (text: string, x: number, w: number) => push(fittedLine(text, HEAD, { x, y, w, h: lineHeight(HEAD) }));
  head(labels.columns.number, cols.number, widths.number);
  head(labels.columns.course, cols.course, widths.course);
  head(labels.columns.credits, cols.credits, widths.credits);
  head(labels.columns.term, cols.term, widths.term);
  y += lineHeight(HEAD) + 2;
  ops.push(rule(box.x, y, box.x + box.w, y, 0.75, 0.2));
  y += 3;

  // Room for the rows: what is left above the change lines, the signatures and the footer.
  const reserved = lineHeight(BODY) + 10 + CHANGE_LINES * ROW + 16 + 40 + lineHeight(SMALL) + 8;
  const room = Math.max(1, Math.floor((box.y + box.h - reserved - y) / ROW));
  const rows = sheet.requests.length > room ? sheet.requests.slice(0, room - 1) : sheet.requests;
  for (const r of rows) {
    const indent = r.alternate ? 14 : 0;
    const title = r.alternate && r.alternateFor ? `${r.title} — ${labels.alternateFor(titleOf(sheet, r.alternateFor), r.alternateRank ?? 1)}` : r.title;
    const style = r.alternate ? ALT : BODY;
    push(fittedLine(r.courseNumber, style, { x: cols.number + indent, y: y + 2, w: widths.number - indent, h: lineHeight(style) }));
    push(fittedLine(title, style, { x: cols.course + indent, y: y + 2, w: widths.course - indent, h: lineHeight(style) }));
    push(fittedLine(r.credits === null ? '' : formatCredits(r.credits), style, { x: cols.credits, y: y + 2, w: widths.credits, h: lineHeight(style) }));
    push(fittedLine(labels.terms[r.term] ?? r.term, style, { x: cols.term, y: y + 2, w: widths.term, h: lineHeight(style) }));
    y += ROW;
    ops.push(rule(box.x, y, box.x + box.w, y, 0.3, 0.7));
  }
  if (rows.length < sheet.requests.length) {
    push(fittedLine(labels.more(sheet.requests.length - rows.length), ALT, { x: cols.course, y: y + 2, w: widths.course, h: lineHeight(ALT) }));
    y += ROW;
  }
  if (sheet.requests.length === 0) {
    const none = paragraph(labels.noCourses, BODY, box.x, y + 2, box.w, 2);
    ops.push(...none.ops);
    y += none.height + 4;
  }
  const credits = sheet.requests.filter((r) => !r.alternate).reduce((sum, r) => sum + (r.credits ?? 0), 0);
  push(fittedLine(labels.totalCredits(formatCredits(credits)), TOTAL, { x: box.x, y: y + 4, w: box.w, h: lineHeight(BODY) }));
  y += lineHeight(BODY) + 10;

  push(fittedLine(labels.changes, HEAD, { x: box.x, y, w: box.w, h: lineHeight(HEAD) }));
  y += lineHeight(HEAD);
  for (let i = 0; i < CHANGE_LINES; i++) {
    y += ROW;
    ops.push(rule(box.x, y, box.x + box.w, y, 0.5, 0.45));
  }
  ops.push(...signatures(labels, box.x, box.y + box.h - lineHeight(SMALL) - 8 - 40, box.w));
  const footer = joinFields([familyWrittenName(s), labels.number(s.studentNumber), labels.printed(options.printedOn)]);
  push(fittedLine(footer, SMALL, { x: box.x, y: box.y + box.h - lineHeight(SMALL), w: box.w, h: lineHeight(SMALL) }, 'right'));
  return { frame, pages: [{ ops }] };
}

/** The title of the course an alternate stands in for, from the same sheet (its number if not there). */
function titleOf(sheet: RequestSheet, courseNumber: string): string {
  return sheet.requests.find((r) => !r.alternate && r.courseNumber === courseNumber)?.title ?? courseNumber;
}

/** Two places to sign, each with a date: the student and a parent or guardian. */
function signatures(labels: RequestSheetLabels, x: number, top: number, width: number): DrawOp[] {
  const ops: DrawOp[] = [];
  const lineY = top + 26;
  const slot = width / 2;
  [labels.signStudent, labels.signGuardian].forEach((who, i) => {
    const left = x + i * slot;
    const dateWidth = Math.min(70, slot * 0.3);
    const signWidth = slot - dateWidth - 24;
    ops.push(rule(left, lineY, left + signWidth, lineY, 0.6, 0.2));
    ops.push(rule(left + signWidth + 8, lineY, left + signWidth + 8 + dateWidth, lineY, 0.6, 0.2));
    const name = fittedLine(who, SMALL, { x: left, y: lineY + 2, w: signWidth, h: lineHeight(SMALL) });
    const date = fittedLine(labels.date, SMALL, { x: left + signWidth + 8, y: lineY + 2, w: dateWidth, h: lineHeight(SMALL) });
    if (name) ops.push(name);
    if (date) ops.push(date);
  });
  return ops;
}
