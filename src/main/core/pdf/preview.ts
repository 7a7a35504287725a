import type { PreviewLayout, PreviewOp, PrintOptions } from '../../../shared/domain/print';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { DrawOp } from './geometry';
import { layoutPlan } from './layout';
import { runWidthEm } from './measure';

/**
 * The laid-out pages as plain data for the screen: the plan editor draws them, so what the
 * counselor checks before printing is the printout itself, position for position.
 */
export function previewLayout(view: PlanView, options: PrintOptions): PreviewLayout {
  const { frame, pages } = layoutPlan(view, options);
  return {
    width: frame.width,
    height: frame.height,
    lang: options.lang,
    paper: options.paper,
    pages: pages.map((page) => ({ ops: page.ops.map(toPreviewOp) })),
  };
}

function toPreviewOp(op: DrawOp): PreviewOp {
  if (op.kind === 'text') {
    return {
      kind: 'text',
      x: op.x,
      baseline: op.baseline,
      size: op.style.size,
      bold: op.style.font === 'bold',
      gray: op.style.gray ?? 0,
      runs: op.runs.map((run) => ({ text: run.text, font: run.font, width: runWidthEm(run) * op.style.size })),
    };
  }
  if (op.kind === 'rule') return { kind: 'rule', x1: op.x1, y1: op.y1, x2: op.x2, y2: op.y2, width: op.width, gray: op.gray };
  return { kind: 'fill', x: op.box.x, y: op.box.y, w: op.box.w, h: op.box.h, gray: op.gray };
}
