import type { PlanView } from '../../../shared/domain/plan-view';
import type { PrintOptions } from '../../../shared/domain/print';
import { rule, type Box, type DrawOp } from './geometry';
import type { Block } from './flow';
import type { Labels } from './labels';
import { textWidth, type TextStyle } from './measure';
import { familyWrittenName } from './student-name';
import { fittedLine, inkOverhang, lineHeight, paragraph } from './text-ops';
import { SIZES } from './sizes';
import { joinFields } from './visual-order';
import { ARTIFACT, tagged, taggedAll, TAGS } from './tags';

/**
 * The parts every page has: the header (school · title · printed date; the student; cluster →
 * pathway → program), repeated on each page of a longer plan; the footer with the page count;
 * and the signature lines that close the plan.
 */

const TITLE: TextStyle = SIZES.title;
const DATE: TextStyle = SIZES.printedDate;
const NAME: TextStyle = SIZES.studentName;
const STUDENT: TextStyle = SIZES.studentFacts;
const FRAMEWORK: TextStyle = SIZES.framework;
const FOOTER: TextStyle = SIZES.footer;
const SIGN: TextStyle = SIZES.signature;
const GAP = 2.5;

export function studentFacts(view: PlanView, labels: Labels): string {
  const s = view.student;
  const facts = [labels.number(s.studentNumber)];
  if (s.grade !== null) facts.push(labels.grade(s.grade));
  if (s.classYear !== null) facts.push(labels.classOf(s.classYear));
  if (s.counselor) facts.push(labels.counselor(s.counselor));
  // The GPA the transcript states, as written; the app computes none.
  if (view.gpa !== null) facts.push(labels.gpa(view.gpa));
  return joinFields(facts);
}

export function frameworkLine(view: PlanView, labels: Labels): string {
  const f = view.framework;
  // A plan on the 2024 edition names its 2024 choice (or that none is made yet) in place of the
  // 16-cluster one it keeps for an undo: the printout names the framework the plan uses.
  const chosen = f.choice2024;
  const choice =
    f.edition === '2024' || chosen
      ? [
          `${labels.cluster2024}: ${chosen ? labels.framework2024Name(chosen.cluster.code, chosen.cluster.name) : labels.notChosen}`,
          `${labels.subCluster2024}: ${chosen?.subCluster ? labels.framework2024Name(chosen.subCluster.code, chosen.subCluster.name) : labels.notChosen}`,
        ]
      : null;
  const chain = [
    ...(choice ?? [`${labels.cluster}: ${f.cluster ? labels.frameworkName(f.cluster.code, f.cluster.name) : labels.notChosen}`,
    `${labels.pathway}: ${f.pathway ? labels.frameworkName(f.pathway.code, f.pathway.name) : labels.notChosen}`]),
    `${labels.program}: ${f.program?.name ?? labels.notChosen}`,
  ].join(' → ');
  return f.secondCluster ? `${chain} · ${labels.alsoExploring}: ${labels.frameworkName(f.secondCluster.code, f.secondCluster.name)}` : chain;
}

export function headerBlock(view: PlanView, options: PrintOptions, labels: Labels, x: number, width: number): Block {
  const words = {
    title: options.school ? joinFields([options.school, labels.title]) : labels.title,
    printed: labels.printed(options.printedOn),
    name: familyWrittenName(view.student),
    facts: studentFacts(view, labels),
    framework: frameworkLine(view, labels),
  };
  const frameworkHeight = paragraph(words.framework, FRAMEWORK, x, 0, width, 2).height;
  const height = inkOverhang(TITLE) + lineHeight(TITLE) + GAP + lineHeight(NAME) + GAP + frameworkHeight + GAP * 2;
  return { height, draw: (top) => headerOps({ x, y: top, w: width, h: height }, words) };
}

interface HeaderWords {
  title: string;
  printed: string;
  name: string;
  facts: string;
  framework: string;
}

function headerOps(page: Box, words: HeaderWords): DrawOp[] {
  const ops: DrawOp[] = [];
  const below = inkOverhang(TITLE);
  const box = { ...page, y: page.y + below, h: page.h - below };
  const push = (op: DrawOp | null) => op && ops.push(op);
  const titleHeight = lineHeight(TITLE);
  const dateWidth = Math.min(textWidth(words.printed, DATE), box.w / 3);
  // Drawn in reading order (the title before the date at its right): the tags follow the drawing.
  push(tagged(fittedLine(words.title, TITLE, { x: box.x, y: box.y, w: box.w - dateWidth - 12, h: titleHeight }), TAGS.title));
  push(tagged(fittedLine(words.printed, DATE, { x: box.x + box.w - dateWidth, y: box.y + (titleHeight - lineHeight(DATE)), w: dateWidth, h: lineHeight(DATE) }, 'right'), TAGS.paragraph('printed')));
  const studentTop = box.y + titleHeight + GAP;
  const nameOp = tagged(fittedLine(words.name, NAME, { x: box.x, y: studentTop, w: box.w * 0.6, h: lineHeight(NAME) }), TAGS.paragraph('student'));
  push(nameOp);
  const factsX = nameOp ? nameOp.box.x + nameOp.box.w + 8 : box.x;
  const factsTop = studentTop + (lineHeight(NAME) - lineHeight(STUDENT)) * 0.75;
  push(tagged(fittedLine(words.facts, STUDENT, { x: factsX, y: factsTop, w: box.x + box.w - factsX, h: lineHeight(STUDENT) }), TAGS.paragraph('student')));
  const frameworkTop = studentTop + lineHeight(NAME) + GAP;
  ops.push(...taggedAll(paragraph(words.framework, FRAMEWORK, box.x, frameworkTop, box.w, 2).ops, TAGS.paragraph('framework')));
  ops.push(rule(box.x, box.y + box.h - GAP, box.x + box.w, box.y + box.h - GAP, 0.75, 0.2));
  return ops;
}

export function footerHeight(): number {
  return lineHeight(FOOTER) + inkOverhang(FOOTER) + GAP;
}

function footerLeft(view: PlanView, labels: Labels): string {
  return joinFields([familyWrittenName(view.student), labels.number(view.student.studentNumber)]);
}

/** The page count; the printed date is in the header of every page already. */
function footerRight(_options: PrintOptions, labels: Labels, page: number, pages: number): string {
  return labels.page(page, pages);
}

/**
 * The legend of marks (✓ ◐ ✗ W DC cr) goes in the footer, between who and which page, when it fits
 * there whole (measured against "Page 99 of 99"): the line it took under the grid is what a typical
 * plan needs to keep its signatures on page 1. When it does not fit, layout.ts prints it under the grid.
 */
export function legendFitsFooter(content: Box, view: PlanView, options: PrintOptions, labels: Labels): boolean {
  const room = content.w - textWidth(footerLeft(view, labels), FOOTER) - textWidth(footerRight(options, labels, 99, 99), FOOTER) - 3 * 12;
  return textWidth(labels.legend, FOOTER) <= room;
}

/**
 * The footer inside the bottom margin line: who the plan is for, the legend when it fits, and
 * "Page 1 of N". Page furniture to a screen reader, but for the legend on page 1: what the marks mean.
 */
export function footerOps(content: Box, view: PlanView, options: PrintOptions, labels: Labels, page: number, pages: number, legend: boolean): DrawOp[] {
  const h = lineHeight(FOOTER);
  const top = content.y + content.h - h - inkOverhang(FOOTER);
  const right = footerRight(options, labels, page, pages);
  const rightWidth = Math.min(textWidth(right, FOOTER), content.w / 2);
  const ops: DrawOp[] = [];
  const left = tagged(fittedLine(footerLeft(view, labels), FOOTER, { x: content.x, y: top, w: content.w - rightWidth - 12, h }), ARTIFACT);
  if (left) ops.push(left);
  const pageOp = tagged(fittedLine(right, FOOTER, { x: content.x + content.w - rightWidth, y: top, w: rightWidth, h }, 'right'), ARTIFACT);
  if (pageOp) ops.push(pageOp);
  if (legend && left) {
    const from = left.box.x + left.box.w + 18;
    const legendOp = fittedLine(labels.legend, FOOTER, { x: from, y: top, w: content.x + content.w - rightWidth - 18 - from, h }, 'center');
    if (legendOp) ops.push(tagged(legendOp, page === 1 ? TAGS.paragraph('legend') : ARTIFACT));
  }
  return ops;
}

/**
 * Three places to sign: student, parent or guardian, counselor; each with a date. Each word sits
 * before its line on the same baseline (not under it), so the block is one writing line tall and
 * a typical plan keeps its signatures on page 1 at 9.5 pt. A language whose words do not fit
 * before their lines (a school's added language: Hmong's "parent or guardian" is four words) gets
 * them above the lines instead, one line taller, rather than cut short.
 */
export function signatureBlock(labels: Labels, x: number, width: number): Block {
  const space = 14;
  const who = [labels.signStudent, labels.signGuardian, labels.signCounselor];
  const slot = width / who.length;
  const dateWidth = Math.min(56, slot * 0.22);
  const beside = who.every((label) => textWidth(label, SIGN) <= slot * 0.35) && textWidth(labels.date, SIGN) <= slot * 0.15;
  const above = beside ? 0 : lineHeight(SIGN);
  return {
    height: space + above + GAP,
    draw(top) {
      const ops: DrawOp[] = [];
      const lineY = top + above + space;
      const labelTop = lineY - lineHeight(SIGN) - above;
      who.forEach((label, i) => {
        const left = x + i * slot;
        const nameWidth = beside ? textWidth(label, SIGN) : 0;
        const dateLabelWidth = beside ? textWidth(labels.date, SIGN) : 0;
        const signStart = left + nameWidth + (beside ? 3 : 0);
        const signEnd = left + slot - 16 - dateWidth - dateLabelWidth - 3;
        const name = tagged(fittedLine(label, SIGN, { x: left, y: labelTop, w: beside ? nameWidth : signEnd - left, h: lineHeight(SIGN) }), TAGS.paragraph('signatures'));
        if (name) ops.push(name);
        ops.push(rule(signStart, lineY, signEnd, lineY, 0.6, 0.2));
        const dateLeft = beside ? signEnd + 6 : signEnd + 9;
        const date = tagged(fittedLine(labels.date, SIGN, { x: dateLeft, y: labelTop, w: beside ? dateLabelWidth : dateWidth, h: lineHeight(SIGN) }), TAGS.paragraph('signatures'));
        if (date) ops.push(date);
        ops.push(rule(signEnd + 9 + dateLabelWidth, lineY, signEnd + 9 + dateLabelWidth + dateWidth, lineY, 0.6, 0.2));
      });
      return ops;
    },
  };
}
