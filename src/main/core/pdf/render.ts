import type { DrawOp, LaidOutPage, PageFrame } from './geometry';
import { runWidthEm } from './measure';
import type { PdfDocument } from './pdfkit';

/**
 * Laid-out pages into a pdfkit document. Text goes out run by run at positions the layout
 * computed (`lineBreak: false`, alphabetic baseline), so pdfkit's own line wrapper never runs and
 * runs in different fonts share one baseline.
 */

function gray(level: number | undefined): [number, number, number] {
  const v = Math.round((level ?? 0) * 255);
  return [v, v, v];
}

function drawOp(doc: PdfDocument, op: DrawOp): void {
  if (op.kind === 'text') {
    let x = op.x;
    doc.fillColor(gray(op.style.gray));
    for (const run of op.runs) {
      doc.font(run.font).fontSize(op.style.size);
      doc.text(run.text, x, op.baseline, { lineBreak: false, baseline: 'alphabetic' });
      x += runWidthEm(run) * op.style.size;
    }
  } else if (op.kind === 'rule') {
    doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(gray(op.gray)).stroke();
  } else {
    doc.rect(op.box.x, op.box.y, op.box.w, op.box.h).fillColor(gray(op.gray)).fill();
  }
}

/**
 * The drawing revision: part of the renderer's identity that a snapshot's hash covers
 * (fingerprint.ts). Raise it whenever a change here or in document.ts changes the bytes a layout
 * gives (tests/integration/print/fingerprint.test.ts pins the bytes of a fixed layout per revision).
 */
export const DRAWING_REVISION = 1;

/**
 * Everything drawOp reads from an op, in a fixed order: two ops with the same key draw the same
 * bytes. An op's `box` is not drawn (it is what tests check against the margins) and is left out.
 * Whoever makes drawOp read another field adds it here.
 */
export function opKey(op: DrawOp): string {
  if (op.kind === 'text') {
    const runs: string[] = [];
    for (const run of op.runs) runs.push(run.font, run.text);
    return JSON.stringify(['t', op.x, op.baseline, op.style.size, op.style.gray ?? 0, runs]);
  }
  if (op.kind === 'rule') return JSON.stringify(['r', op.x1, op.y1, op.x2, op.y2, op.width, op.gray]);
  return JSON.stringify(['f', op.box.x, op.box.y, op.box.w, op.box.h, op.gray]);
}

export function addPage(doc: PdfDocument, frame: PageFrame): void {
  doc.addPage({ size: [frame.width, frame.height], margin: 0 });
}

export function drawPages(doc: PdfDocument, frame: PageFrame, pages: readonly LaidOutPage[]): void {
  for (const page of pages) {
    addPage(doc, frame);
    for (const op of page.ops) drawOp(doc, op);
  }
}
