import type { TextStyle } from './measure';

/**
 * Every type size the printed plan uses, in one place (issue 14, "Readable"): what a family reads
 * is at least 9.5 pt, headings larger; only the page furniture (legend, footer, the labels under
 * the signature lines, the school year under a grid heading) is smaller. The fonts are DejaVu Sans
 * Condensed (fonts.ts), so the larger text still fits a typical plan on one landscape page.
 */
export const BODY_SIZE = 9.5;

export const SIZES = {
  /** "Lincoln High School · Academic and Career Plan". */
  title: { font: 'bold', size: 13 },
  printedDate: { font: 'regular', size: 8, gray: 0.3 },
  studentName: { font: 'bold', size: 11.5 },
  studentFacts: { font: 'regular', size: BODY_SIZE },
  framework: { font: 'regular', size: BODY_SIZE },
  gridHead: { font: 'bold', size: 10 },
  gridYear: { font: 'regular', size: 8, gray: 0.35 },
  gridLabel: { font: 'bold', size: BODY_SIZE },
  gridCell: { font: 'regular', size: BODY_SIZE },
  legend: { font: 'regular', size: 7.5, gray: 0.35 },
  /** The note under the grid giving in full what a cell had to shorten. */
  inFull: { font: 'regular', size: BODY_SIZE },
  listHeading: { font: 'bold', size: 10 },
  listItem: { font: 'regular', size: BODY_SIZE },
  summaryLead: { font: 'bold', size: 10 },
  summaryItem: { font: 'regular', size: BODY_SIZE },
  footer: { font: 'regular', size: 7.5, gray: 0.35 },
  signature: { font: 'regular', size: 8, gray: 0.25 },
} as const satisfies Record<string, TextStyle>;
