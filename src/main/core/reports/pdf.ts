import { createRequire } from 'node:module';
import { measureChartTextWith, reportChartSvg } from '../../../shared/chart/report-chart';
import type { Report } from '../../../shared/domain/report';
import { installFonts } from '../pdf/fonts';
import { pdfkit, type PdfDocument } from '../pdf/pdfkit';
import { textWidth } from '../pdf/measure';
import { drawPages } from '../pdf/render';
import { layoutReportPage } from './pdf-layout';

/**
 * A report as a one-page PDF. The chart is the page's own SVG (shared/chart/report-chart.ts)
 * drawn into pdfkit by svg-to-pdfkit, so the paper and the screen show one picture; its text is
 * set in the project's embedded fonts, never pdfkit's Helvetica. The bytes depend only on the
 * report (the creation date is the report's day).
 */

type SvgToPdf = (doc: PdfDocument, svg: string, x: number, y: number, options: Record<string, unknown>) => void;
let svgToPdf: SvgToPdf | null = null;

function loadSvgToPdf(): SvgToPdf {
  svgToPdf ??= createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;
  return svgToPdf;
}

export async function reportPdf(report: Report): Promise<Buffer> {
  const page = layoutReportPage(report);
  const PDFDocument = pdfkit();
  const createdAt = new Date(`${report.madeOn}T12:00:00Z`);
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: '',
    lang: 'en-US',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: report.title, Subject: report.scope, Creator: 'Counselor Workstation', Producer: 'Counselor Workstation', CreationDate: createdAt, ModDate: createdAt },
  });
  installFonts(doc);
  drawPages(doc, page.frame, [{ ops: page.ops }]);
  const { chartBox } = page;
  measureChartTextWith((text, size, bold) => textWidth(text, { font: bold ? 'bold' : 'regular', size }));
  const svg = reportChartSvg(report.chart, { width: chartBox.w, height: chartBox.h, fontFamily: 'DejaVu Sans' });
  loadSvgToPdf()(doc, svg, chartBox.x, chartBox.y, {
    width: chartBox.w,
    height: chartBox.h,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
    warningCallback: () => undefined,
  });
  return collect(doc);
}

function collect(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
