import { localIsoDate } from '../../../shared/domain/common';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { PreviewLayout, PrintedPdf } from '../../../shared/domain/print';
import { renderPlanPdf } from '../pdf/document';
import { previewLayout } from '../pdf/preview';
import type { PrintChoices } from '../settings/settings';
import { optionsFor, planFileName } from './options';

/**
 * One plan before it is printed, as the PDF or as the laid-out pages the plan editor draws: the
 * same for a workstation (api/print.ts) and the department server (api/department-printing.ts),
 * each handing in the plan view and the print choices its own store read.
 */

export async function previewPdf(view: PlanView, choices: PrintChoices, now: Date): Promise<PrintedPdf> {
  const options = optionsFor(view.student, { ...choices, printedOn: localIsoDate(now) });
  const pdf = await renderPlanPdf(view, options, now);
  return { fileName: planFileName(view.student), base64: pdf.bytes.toString('base64'), pages: pdf.pages };
}

export function previewPages(view: PlanView, choices: PrintChoices, now: Date): PreviewLayout {
  return previewLayout(view, optionsFor(view.student, { ...choices, printedOn: localIsoDate(now) }));
}
