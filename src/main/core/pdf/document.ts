import type { PlanView } from '../../../shared/domain/plan-view';
import type { PrintLang, PrintOptions } from '../../../shared/domain/print';
import { installFonts } from './fonts';
import { labelsFor, pdfLang } from './label-registry';
import { layoutPlan, type PlanLayout } from './layout';
import { pdfkit, type DocumentFontInternals, type PdfDocument } from './pdfkit';
import { addPage, drawPages } from './render';
import { familyWrittenName } from './student-name';

/**
 * PDF documents of plans: one plan alone (the preview, a file per student, a reprint) or many in
 * one file with each plan starting on an odd page. The bytes depend only on the plan, the print
 * options and the creation date: pdfkit derives the file ID from the document info, so the same
 * inputs give the same bytes (a reprint of a snapshot is byte-identical).
 */

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  lang: PrintLang;
  createdAt: Date;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

const PRODUCER = 'Counselor Workstation';

export function planInfo(view: PlanView, options: PrintOptions, createdAt: Date): PdfInfo {
  const labels = labelsFor(options.lang);
  const author = [view.student.counselor, options.school].filter(Boolean).join(', ') || PRODUCER;
  return {
    title: `${labels.title}: ${familyWrittenName(view.student)} (${labels.number(view.student.studentNumber)})`,
    author,
    subject: labels.subject,
    lang: options.lang,
    createdAt,
  };
}

function newDocument(info: PdfInfo): PdfDocument {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would otherwise load Helvetica, which must never print data.
    font: '',
    lang: pdfLang(info.lang),
    displayTitle: true,
    pdfVersion: '1.7',
    // Tagged for screen readers (tags.ts), and saying so in its metadata as PDF/UA asks.
    tagged: true,
    // @types/pdfkit names only the PDF/A subsets; pdfkit 0.17 writes PDF/UA's identification too.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: info.createdAt,
      ModDate: info.createdAt,
    },
  });
  installFonts(doc);
  return doc;
}

/**
 * The document's bytes as pdfkit writes them, taken from its first object on: unread, pdfkit's
 * stream keeps every line it wrote (a batch writes some 100,000) and hands them all over in the
 * end, in one piece of work long enough to stall the thread for a quarter of a second.
 */
function collector(doc: PdfDocument): () => Promise<Buffer> {
  const chunks: Buffer[] = [];
  let failed: unknown = null;
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  doc.on('error', (error: unknown) => (failed ??= error));
  return () =>
    new Promise((resolve, reject) => {
      if (failed) return reject(failed);
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
}

function collect(doc: PdfDocument): Promise<Buffer> {
  return collector(doc)();
}

/** A laid-out plan as its own PDF. */
export async function renderLayoutPdf(layout: PlanLayout, info: PdfInfo): Promise<RenderedPdf> {
  const doc = newDocument(info);
  drawPages(doc, layout.frame, layout.pages);
  return { bytes: await collect(doc), pages: layout.pages.length };
}

/** One plan as its own PDF. */
export function renderPlanPdf(view: PlanView, options: PrintOptions, createdAt: Date): Promise<RenderedPdf> {
  return renderLayoutPdf(layoutPlan(view, options), planInfo(view, options, createdAt));
}

/** Many plans in one PDF for two-sided printing: a blank page after a plan with an odd page count. */
export class CombinedPdf {
  private readonly doc: PdfDocument;
  private readonly bytes: () => Promise<Buffer>;
  private pageCount = 0;
  private plans = 0;
  private pendingBlank = false;

  /**
   * `oddPageStarts: false` for one-page forms (request sheets): a stack printed two-sided puts one
   * student on each side, and a blank page after every sheet would double the paper for nothing.
   */
  constructor(
    info: PdfInfo,
    private readonly oddPageStarts = true,
  ) {
    this.doc = newDocument(info);
    this.bytes = collector(this.doc);
  }

  /** Adds a laid-out plan; returns the page (1-based) it starts on, always odd (unless oddPageStarts is off). */
  add(layout: PlanLayout): number {
    if (this.pendingBlank && this.oddPageStarts) {
      addPage(this.doc, layout.frame);
      this.pageCount++;
    }
    const first = this.pageCount + 1;
    drawPages(this.doc, layout.frame, layout.pages);
    this.pageCount += layout.pages.length;
    this.pendingBlank = this.pageCount % 2 === 1;
    this.plans++;
    return first;
  }

  get pages(): number {
    return this.pageCount;
  }

  async finish(): Promise<RenderedPdf> {
    if (this.pageCount === 0) addPage(this.doc, { width: 792, height: 612, margin: 0 });
    // Each font's subset is made when the document ends, the whole batch's glyphs at once (the
    // CJK font's alone can take a tenth of a second): one font at a time, letting others run
    // between them. No text is drawn after the last plan, so ending them early changes nothing
    // on paper (pdfkit ends a font once; end() passes over those already ended).
    for (const font of Object.values((this.doc as unknown as DocumentFontInternals)._fontFamilies)) {
      const { finalize } = font as { finalize?: unknown };
      if (typeof finalize !== 'function') continue;
      finalize.call(font);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return { bytes: await this.bytes(), pages: Math.max(1, this.pageCount) };
  }
}
