import type { Paper } from '../../../shared/domain/print';
import type { FontName } from './fonts';
import type { TextStyle } from './measure';

/**
 * What the layout hands to the renderer: pages of drawing operations with their boxes computed
 * in advance (points, origin top left, y down). Because every box is known before drawing, tests
 * can check that nothing lies outside the page margins without reading a PDF.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageFrame {
  width: number;
  height: number;
  margin: number;
}

/** Landscape sizes in points (1/72 in): Letter 11 × 8.5 in, A4 297 × 210 mm. */
export const PAGE_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 792, height: 612 },
  a4: { width: 841.89, height: 595.28 },
};

/** Half an inch: inside what office printers can reach on every edge. */
export const MARGIN = 36;

export function pageFrame(paper: Paper): PageFrame {
  return { ...PAGE_SIZES[paper], margin: MARGIN };
}

/** The area inside the margins: everything drawn stays in it. */
export function contentBox(frame: PageFrame): Box {
  return { x: frame.margin, y: frame.margin, w: frame.width - 2 * frame.margin, h: frame.height - 2 * frame.margin };
}

/** One line of text, already fitted: runs in their fonts, starting at x on the baseline. */
export interface TextOp {
  kind: 'text';
  x: number;
  baseline: number;
  runs: { font: FontName; text: string }[];
  style: TextStyle;
  /** What the ink can cover: width as measured, height from the fonts' ascent and descent. */
  box: Box;
  /**
   * Where the text sits in the tagged PDF's structure, as a path (tags.ts: 'Table/TR:2/TD:3');
   * none: a page's furniture (footer, a header repeated on a later page), drawn as an artifact.
   */
  tag?: string;
}

/** A straight line from (x1, y1) to (x2, y2). */
export interface RuleOp {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  gray: number;
  box: Box;
}

export interface FillOp {
  kind: 'fill';
  box: Box;
  gray: number;
}

export type DrawOp = TextOp | RuleOp | FillOp;

export interface LaidOutPage {
  ops: DrawOp[];
}

export function rule(x1: number, y1: number, x2: number, y2: number, width = 0.5, gray = 0.55): RuleOp {
  const half = width / 2;
  const box = {
    x: Math.min(x1, x2) - (y1 === y2 ? 0 : half),
    y: Math.min(y1, y2) - (x1 === x2 ? 0 : half),
    w: Math.abs(x2 - x1) + (y1 === y2 ? 0 : width),
    h: Math.abs(y2 - y1) + (x1 === x2 ? 0 : width),
  };
  return { kind: 'rule', x1, y1, x2, y2, width, gray, box };
}

const EPSILON = 0.01;

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.w <= outer.x + outer.w + EPSILON &&
    inner.y + inner.h <= outer.y + outer.h + EPSILON
  );
}
