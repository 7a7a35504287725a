import type { PlanView } from '../../../shared/domain/plan-view';
import type { PrintOptions } from '../../../shared/domain/print';
import { CounselorError } from '../../../shared/errors';
import { lineBlock, sequence, spacer, table, whole, type Block, type Flowable } from './flow';
import { contentBox, pageFrame, type DrawOp, type LaidOutPage, type PageFrame } from './geometry';
import { gridHeads, gridRows } from './grid-content';
import { gridColumns, gridHeadBlock, gridRowBlock, maxRowLines } from './grid-layout';
import { labelsFor } from './label-registry';
import { listColumns, listsFlow } from './lists';
import type { TextStyle } from './measure';
import { footerHeight, footerOps, headerBlock, legendFitsFooter, signatureBlock } from './page-parts';
import { requirementsFlow } from './summary';
import { wrapText } from './wrap';
import { SCHOOL_LANGUAGE } from './school-text';
import { SIZES } from './sizes';
import { asArtifact, taggedBlock, TAGS } from './tags';

/**
 * A plan laid out on pages, as the family will read it (docs/ARCHITECTURE.md, "Files in, files out"): header, the grid
 * of areas × years, requirement progress, goals · experiences · credentials · after high school,
 * signature lines, and "Page 1 of N" on every page. Pure: takes a resolved plan view, never asks
 * the store, and draws nothing — render.ts turns the pages into PDF.
 */

export interface PlanLayout {
  frame: PageFrame;
  pages: LaidOutPage[];
}

const LEGEND: TextStyle = SIZES.legend;
const IN_FULL: TextStyle = SIZES.inFull;

/** A gap that is simply left out at a page break rather than pushed to the next page. */
function gapFlow(height: number): Flowable {
  return { split: (available) => ({ head: available >= height ? spacer(height) : null, rest: null }) };
}

function withGapAbove(height: number, block: { height: number; draw(top: number): DrawOp[] }) {
  return { height: height + block.height, draw: (top: number) => block.draw(top + height) };
}

/** `closeUp`: lay out again with the gaps closed when the signature lines alone spill onto a page (the rule; off only to measure it). */
export function layoutPlan(view: PlanView, options: PrintOptions, rules: { closeUp: boolean } = { closeUp: true }): PlanLayout {
  const labels = labelsFor(options.lang);
  const frame = pageFrame(options.paper);
  const content = contentBox(frame);
  const header = headerBlock(view, options, labels, content.x, content.w);
  const bodyTop = content.y + header.height;
  const bodyBottom = content.y + content.h - footerHeight();

  // Rules are half a point wide: inset the grid so its outer lines stay inside the margins.
  const columns = gridColumns(content.x + 0.5, content.w - 1, view.years.length);
  const head = gridHeadBlock(gridHeads(view, labels), columns, labels);
  const maxLines = maxRowLines(bodyBottom - bodyTop, head.height);
  // A printout in another language than the school's marks where its course titles stand (school-text.ts).
  const gridContent = gridRows(view, labels, !options.lang.startsWith(SCHOOL_LANGUAGE));
  const rowsWith = (padY?: number) => gridContent.map((row, i) => gridRowBlock(row, i, columns, maxLines, labels, padY));
  const rows = rowsWith();
  const legendInFooter = legendFitsFooter(content, view, options, labels);
  const legendLines = legendInFooter ? [] : wrapText(labels.legend, LEGEND, content.w, 3).map((text) => taggedBlock(lineBlock([{ text, style: LEGEND, dx: 0 }], content.x, LEGEND), TAGS.paragraph('legend')));
  // What a cell had to shorten, word for word: the family's copy never loses a course's title.
  const shortened = [...new Set(rows.flatMap((row) => row.shortened))];
  const inFullLines = shortened.length === 0 ? [] : wrapText(`${labels.inFull}: ${shortened.join('; ')}`, IN_FULL, content.w).map((text) => taggedBlock(lineBlock([{ text, style: IN_FULL, dx: 0 }], content.x, IN_FULL), TAGS.paragraph('inFull')));

  const flowsWith = (gap: Gaps): Flowable[] => [
    table(head, gap.rowPadding === undefined ? rows : rowsWith(gap.rowPadding), asArtifact(head)),
    gapFlow(gap.underGrid),
    sequence(legendLines),
    sequence(inFullLines),
    gapFlow(gap.aboveRequirements),
    requirementsFlow(view, labels, options.lang, content.x, content.w),
    listsFlow(listColumns(view, labels), labels, content.x, content.w, gap.aboveLists),
    whole(withGapAbove(gap.aboveSignatures, signatureBlock(labels, content.x, content.w))),
  ];
  const place = (flows: Flowable[]) => placeFlows(flows, header, content.y, bodyTop, bodyBottom);
  let placed = place(flowsWith(GAPS));
  // A page holding nothing but the signature lines is a sheet of paper for one line: the plan is
  // laid out again with the gaps between its parts closed up, which keeps them on the page before
  // when that is all they lacked (the sample school's two-page Spanish plans were mostly this).
  if (rules.closeUp && placed.pages.length > 1 && placed.lastPageFrom === placed.flowCount - 1) {
    const compact = place(flowsWith(COMPACT_GAPS));
    if (compact.pages.length < placed.pages.length) placed = compact;
  }
  // Only the placement kept is drawn: a plan laid out twice makes its ops once.
  const { pages } = placed;
  return {
    frame,
    pages: pages.map((placements, i) => ({ ops: [...drawPlaced(placements), ...footerOps(content, view, options, labels, i + 1, pages.length, legendInFooter)] })),
  };
}

/** The space between the plan's parts, in points. */
interface Gaps {
  /** Above and below each grid row's lines; undefined: the grid's own (grid-layout.ts PAD_Y). */
  rowPadding?: number;
  underGrid: number;
  aboveRequirements: number;
  aboveLists: number;
  aboveSignatures: number;
}
const GAPS: Gaps = { underGrid: 2, aboveRequirements: 4, aboveLists: 5, aboveSignatures: 4 };
const COMPACT_GAPS: Gaps = { rowPadding: 0.75, underGrid: 0, aboveRequirements: 1, aboveLists: 2, aboveSignatures: 1 };

/** A block and the top it is drawn at. */
type Placement = readonly [block: Block, top: number];

function drawPlaced(placements: readonly Placement[]): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const [block, top] of placements) ops.push(...block.draw(top));
  return ops;
}

/**
 * The flows placed page after page (the header again, as furniture, on each later page), not yet
 * drawn: heights decide the pages, so a placement the close-up replaces costs no drawing;
 * `lastPageFrom`: the index of the flow the last page starts with.
 */
function placeFlows(
  flows: readonly Flowable[],
  header: Block,
  headerTop: number,
  bodyTop: number,
  bodyBottom: number,
): { pages: Placement[][]; lastPageFrom: number; flowCount: number } {
  const pages: Placement[][] = [];
  let ops: Placement[] = [[header, headerTop]];
  let y = bodyTop;
  let lastPageFrom = 0;
  flows.forEach((flow, index) => {
    let current: Flowable | null = flow;
    while (current) {
      const { head: placed, rest }: ReturnType<Flowable['split']> = current.split(bottomGap(bodyBottom - y));
      if (placed) {
        ops.push([placed, y]);
        y += placed.height;
      }
      if (!rest) break;
      if (!placed && y === bodyTop) throw new CounselorError('internal', 'A part of the plan is taller than a page; it cannot be printed.');
      pages.push(ops);
      // The header again on a later page is furniture: a screen reader has heard it on page 1.
      ops = [[asArtifact(header), headerTop]];
      y = bodyTop;
      lastPageFrom = index;
      current = rest;
    }
  });
  pages.push(ops);
  return { pages, lastPageFrom, flowCount: flows.length };
}

/** Room left on the page, never negative. */
function bottomGap(room: number): number {
  return Math.max(0, room);
}
