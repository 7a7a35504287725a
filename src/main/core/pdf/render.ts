import { documentFonts, PageContent } from './content';
import type { DrawOp, LaidOutPage, PageFrame } from './geometry';
import { runWidthEm } from './measure';
import type { PdfDocument } from './pdfkit';
import { opPath, planStructure } from './tags';

/**
 * Laid-out pages into a pdfkit document. Every position was computed by the layout, so pdfkit's
 * own line wrapper never runs: each page's operators go into its content stream as one string
 * (content.ts), runs in different fonts on one baseline. Should this pdfkit lack the internals
 * that needs, text goes out through doc.text run by run instead (slower, the same on paper).
 */

function gray(level: number | undefined): [number, number, number] {
  const v = Math.round((level ?? 0) * 255);
  return [v, v, v];
}

/** The slow path: pdfkit's public drawing calls. */
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
export const DRAWING_REVISION = 5;

/**
 * Everything drawOp reads from an op, in a fixed order: two ops with the same key draw the same
 * bytes. An op's `box` is not drawn (it is what tests check against the margins) and is left out.
 * Whoever makes drawOp read another field adds it here.
 */
export function opKey(op: DrawOp): string {
  if (op.kind === 'text') {
    // Each text is preceded by its length: no character in it can be mistaken for a separator.
    let key = `t ${op.x} ${op.baseline} ${op.style.size} ${op.style.gray ?? 0} ${(op.tag ?? '').length}:${op.tag ?? ''}`;
    for (const run of op.runs) key += ` ${run.font} ${run.text.length}:${run.text}`;
    return key;
  }
  if (op.kind === 'rule') return `r ${op.x1} ${op.y1} ${op.x2} ${op.y2} ${op.width} ${op.gray}`;
  return `f ${op.box.x} ${op.box.y} ${op.box.w} ${op.box.h} ${op.gray}`;
}

export function addPage(doc: PdfDocument, frame: PageFrame): void {
  doc.addPage({ size: [frame.width, frame.height], margin: 0 });
}

/** One page through pdfkit's public calls (tests compare it with content.ts's page, pixel by pixel). */
export function drawThroughText(doc: PdfDocument, page: { readonly ops: readonly DrawOp[] }): void {
  for (const op of page.ops) drawOp(doc, op);
}

function drawOps(content: PageContent, ops: readonly DrawOp[]): void {
  for (const op of ops) {
    if (op.kind === 'text') content.text(op);
    else if (op.kind === 'rule') content.rule(op);
    else content.fill(op);
  }
  content.flush();
}

/** The page's ops cut where the structure path changes: each run is one marked-content sequence. */
function runsByPath(ops: readonly DrawOp[]): DrawOp[][] {
  const runs: DrawOp[][] = [];
  let last: string | undefined | null = null;
  for (const op of ops) {
    const path = opPath(op);
    // Text without a path is a paragraph of its own, never merged with the next one.
    if (path === last && path !== undefined) runs.at(-1)!.push(op);
    else runs.push([op]);
    last = path;
  }
  return runs;
}

/** A plan's pages; in a tagged document (document.ts) its text is tagged as its ops say (tags.ts). */
export function drawPages(doc: PdfDocument, frame: PageFrame, pages: readonly LaidOutPage[]): void {
  const fonts = documentFonts(doc);
  const structure = planStructure(doc);
  for (const page of pages) {
    addPage(doc, frame);
    const content = fonts ? new PageContent(doc, fonts) : null;
    const draw = (ops: readonly DrawOp[]) => (content ? drawOps(content, ops) : drawThroughText(doc, { ops: [...ops] }));
    if (!structure) {
      draw(page.ops);
      continue;
    }
    for (const run of runsByPath(page.ops)) structure.mark(opPath(run[0]!), () => draw(run));
  }
  structure?.end();
}
