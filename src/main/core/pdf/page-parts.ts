import type { PlanView } from '../../../shared/domain/plan-view';
import type { PrintOptions } from '../../../shared/domain/print';
import { rule, type Box, type DrawOp } from './geometry';
import type { Block } from './flow';
import type { Labels } from './labels';
import { textWidth, type TextStyle } from './measure';
import { familyWrittenName } from './student-name';
import { fittedLine, lineHeight, paragraph } from './text-ops';
import { SIZES } from './sizes';

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
const GAP = 3;

export function studentFacts(view: PlanView, labels: Labels): string {
  const s = view.student;
  const facts = [labels.number(s.studentNumber)];
  if (s.grade !== null) facts.push(labels.grade(s.grade));
  if (s.classYear !== null) facts.push(labels.classOf(s.classYear));
  if (s.counselor) facts.push(labels.counselor(s.counselor));
  // The GPA the transcript states, as written; the app computes none.
  if (view.gpa !== null) facts.push(labels.gpa(view.gpa));
  return facts.join(' · ');
}

export function frameworkLine(view: PlanView, labels: Labels): string {
  const f = view.framework;
  const chain = [
    `${labels.cluster}: ${f.cluster?.name ?? labels.notChosen}`,
    `${labels.pathway}: ${f.pathway?.name ?? labels.notChosen}`,
    `${labels.program}: ${f.program?.name ?? labels.notChosen}`,
  ].join(' → ');
  return f.secondCluster ? `${chain} · ${labels.alsoExploring}: ${f.secondCluster.name}` : chain;
}

export function headerBlock(view: PlanView, options: PrintOptions, labels: Labels, x: number, width: number): Block {
  const words = {
    title: options.school ? `${options.school} · ${labels.title}` : labels.title,
    printed: labels.printed(options.printedOn),
    name: familyWrittenName(view.student),
    facts: studentFacts(view, labels),
    framework: frameworkLine(view, labels),
  };
  const frameworkHeight = paragraph(words.framework, FRAMEWORK, x, 0, width, 2).height;
  const height = lineHeight(TITLE) + GAP + lineHeight(NAME) + GAP + frameworkHeight + GAP * 2;
  return { height, draw: (top) => headerOps({ x, y: top, w: width, h: height }, words) };
}

interface HeaderWords {
  title: string;
  printed: string;
  name: string;
  facts: string;
  framework: string;
}

function headerOps(box: Box, words: HeaderWords): DrawOp[] {
  const ops: DrawOp[] = [];
  const push = (op: DrawOp | null) => op && ops.push(op);
  const titleHeight = lineHeight(TITLE);
  const dateWidth = Math.min(textWidth(words.printed, DATE), box.w / 3);
  push(fittedLine(words.printed, DATE, { x: box.x + box.w - dateWidth, y: box.y + (titleHeight - lineHeight(DATE)), w: dateWidth, h: lineHeight(DATE) }, 'right'));
  push(fittedLine(words.title, TITLE, { x: box.x, y: box.y, w: box.w - dateWidth - 12, h: titleHeight }));
  const studentTop = box.y + titleHeight + GAP;
  const nameOp = fittedLine(words.name, NAME, { x: box.x, y: studentTop, w: box.w * 0.6, h: lineHeight(NAME) });
  push(nameOp);
  const factsX = nameOp ? nameOp.box.x + nameOp.box.w + 8 : box.x;
  const factsTop = studentTop + (lineHeight(NAME) - lineHeight(STUDENT)) * 0.75;
  push(fittedLine(words.facts, STUDENT, { x: factsX, y: factsTop, w: box.x + box.w - factsX, h: lineHeight(STUDENT) }));
  const frameworkTop = studentTop + lineHeight(NAME) + GAP;
  ops.push(...paragraph(words.framework, FRAMEWORK, box.x, frameworkTop, box.w, 2).ops);
  ops.push(rule(box.x, box.y + box.h - GAP, box.x + box.w, box.y + box.h - GAP, 0.75, 0.2));
  return ops;
}

export function footerHeight(): number {
  return lineHeight(FOOTER) + GAP;
}

/** The footer inside the bottom margin line: who the plan is for, and "Page 1 of N · printed …". */
export function footerOps(content: Box, view: PlanView, options: PrintOptions, labels: Labels, page: number, pages: number): DrawOp[] {
  const h = lineHeight(FOOTER);
  const top = content.y + content.h - h;
  const right = `${labels.page(page, pages)} · ${labels.printed(options.printedOn)}`;
  const rightWidth = Math.min(textWidth(right, FOOTER), content.w / 2);
  const ops: DrawOp[] = [];
  const left = fittedLine(`${familyWrittenName(view.student)} · ${labels.number(view.student.studentNumber)}`, FOOTER, { x: content.x, y: top, w: content.w - rightWidth - 12, h });
  if (left) ops.push(left);
  const pageOp = fittedLine(right, FOOTER, { x: content.x + content.w - rightWidth, y: top, w: rightWidth, h }, 'right');
  if (pageOp) ops.push(pageOp);
  return ops;
}

/** Three places to sign: student, parent or guardian, counselor; each with a date. */
export function signatureBlock(labels: Labels, x: number, width: number): Block {
  const space = 14;
  const labelHeight = lineHeight(SIGN);
  const height = space + labelHeight + GAP;
  const who = [labels.signStudent, labels.signGuardian, labels.signCounselor];
  return {
    height,
    draw(top) {
      const ops: DrawOp[] = [];
      const slot = width / who.length;
      const lineY = top + space;
      who.forEach((label, i) => {
        const left = x + i * slot;
        const dateWidth = Math.min(70, slot * 0.3);
        const signWidth = slot - dateWidth - 24;
        ops.push(rule(left, lineY, left + signWidth, lineY, 0.6, 0.2));
        ops.push(rule(left + signWidth + 8, lineY, left + signWidth + 8 + dateWidth, lineY, 0.6, 0.2));
        const name = fittedLine(label, SIGN, { x: left, y: lineY + 1.5, w: signWidth, h: labelHeight });
        const date = fittedLine(labels.date, SIGN, { x: left + signWidth + 8, y: lineY + 1.5, w: dateWidth, h: labelHeight });
        if (name) ops.push(name);
        if (date) ops.push(date);
      });
      return ops;
    },
  };
}
