import type { PlanView } from '../../../shared/domain/plan-view';
import type { PrintLang } from '../../../shared/domain/print';
import { formatCredits } from './grid-content';
import { lineBlock, sequence, type Flowable, type Piece } from './flow';
import type { Labels } from './labels';
import { textWidth, type TextStyle } from './measure';
import { wrapText } from './wrap';
import { SIZES } from './sizes';
import { taggedBlock, TAGS } from './tags';

/**
 * Requirement progress under the grid, then the on-track line, as one flowing list: "English 3/4 earned, 4/4 planned ✓ ·
 * Mathematics … · Total 19/24 earned, 27/24 planned ✓ · Civics test: not yet". Items are kept
 * whole on a line when they fit; an item longer than a line wraps.
 */

const LEAD: TextStyle = SIZES.summaryLead;
const ITEM: TextStyle = SIZES.summaryItem;
const SEPARATOR = '  ·  ';

export function requirementItems(view: PlanView, labels: Labels, lang: PrintLang): string[] {
  const r = view.requirements;
  const progress = (label: string, p: { earned: number; planned: number; required: number; met: boolean }) => {
    const text = labels.areaProgress(label, formatCredits(p.earned), formatCredits(p.planned), formatCredits(p.required));
    return p.met ? `${text} ✓` : `${text} — ${labels.short(formatCredits(p.required - p.planned))}`;
  };
  const items = r.areas.map((a) => progress(lang === 'en' ? a.label : labels.areas[a.area], a));
  items.push(progress(labels.total, r.total));
  for (const n of r.nonCredit) {
    const name = labels.nonCreditName(n.id, n.name);
    items.push(n.met ? `${name} ✓${n.date ? ` ${labels.longDate(n.date)}` : ''}` : `${name}: ${labels.notYet}`);
  }
  return items;
}

/**
 * The on-track line: the verdict, then, when off track, why (credits short of what is expected by
 * the end of the finished grade, the areas the plan does not yet meet). A stated GPA prints with
 * the student's facts in the header (page-parts.ts).
 * Built from the verdict's figures, not its English sentences, so it prints in the family's language.
 */
export function standingItems(view: PlanView, labels: Labels, lang: PrintLang): string[] {
  const t = view.onTrack;
  const items: string[] = [];
  // Before any course history there is no verdict to print: the paper says nothing rather than "unknown".
  if (t.verdict !== 'unknown') {
    // On track needs no figures (the requirements just before it show them); off track says why.
    const short = t.verdict === 'off_track' && t.finishedGrade !== null && t.earned < t.expected;
    const verdict = t.verdict === 'on_track' ? `${labels.onTrack} ✓` : labels.offTrack;
    items.push(`${labels.standing}: ${verdict}${short ? ` — ${labels.creditsShort(formatCredits(t.expected - t.earned), formatCredits(t.expected), t.finishedGrade!)}` : ''}`);
    const unmet = view.requirements.areas.filter((a) => !a.met).map((a) => (lang === 'en' ? a.label : labels.areas[a.area]));
    if (!view.requirements.total.met) unmet.push(labels.totalCredits);
    if (unmet.length > 0) items.push(labels.planShort(unmet.join(', ')));
  }
  return items;
}

export function requirementsFlow(view: PlanView, labels: Labels, lang: PrintLang, x: number, width: number): Flowable {
  // The on-track line runs on after the requirements rather than below them: a typical plan keeps to one page.
  return itemsFlow(`${labels.requirements}: `, [...requirementItems(view, labels, lang), ...standingItems(view, labels, lang)], x, width);
}

function itemsFlow(lead: string, list: readonly string[], x: number, width: number): Flowable {
  const lines: Piece[][] = [];
  let line: Piece[] = [{ text: lead, style: LEAD, dx: 0 }];
  let at = textWidth(lead, LEAD);
  let items = 0;
  const newLine = () => {
    lines.push(line);
    line = [];
    at = 0;
    items = 0;
  };
  for (const item of list) {
    const sep = items > 0 ? SEPARATOR : '';
    if (at + textWidth(sep + item, ITEM) <= width) {
      line.push({ text: sep + item, style: ITEM, dx: at });
      at += textWidth(sep + item, ITEM);
      items++;
      continue;
    }
    if (items > 0) newLine();
    const indent = at;
    wrapText(item, ITEM, width - indent, 3).forEach((text, i) => {
      if (i > 0) newLine();
      line.push({ text, style: ITEM, dx: indent });
      at = indent + textWidth(text, ITEM);
      items++;
    });
  }
  if (line.length > 0) lines.push(line);
  return sequence(lines.map((pieces) => taggedBlock(lineBlock(pieces, x, ITEM), TAGS.paragraph('requirements'))));
}
