import type { PlanView } from '../../../shared/domain/plan-view';
import { formatCredits } from './grid-content';
import { lineBlock, sequence, type Flowable, type Piece } from './flow';
import type { Labels } from './labels';
import { textWidth, type TextStyle } from './measure';
import { wrapText } from './wrap';

/**
 * Requirement progress under the grid, as one flowing list: "English 3/4 earned, 4/4 planned ✓ ·
 * Mathematics … · Total 19/24 earned, 27/24 planned ✓ · Civics test: not yet". Items are kept
 * whole on a line when they fit; an item longer than a line wraps.
 */

const LEAD: TextStyle = { font: 'bold', size: 8 };
const ITEM: TextStyle = { font: 'regular', size: 8 };
const SEPARATOR = '  ·  ';

export function requirementItems(view: PlanView, labels: Labels, lang: 'en' | 'es'): string[] {
  const r = view.requirements;
  const progress = (label: string, p: { earned: number; planned: number; required: number; met: boolean }) => {
    const text = labels.areaProgress(label, formatCredits(p.earned), formatCredits(p.planned), formatCredits(p.required));
    return p.met ? `${text} ✓` : `${text} — ${labels.short(formatCredits(p.required - p.planned))}`;
  };
  const items = r.areas.map((a) => progress(lang === 'en' ? a.label : labels.areas[a.area], a));
  items.push(progress(labels.total, r.total));
  for (const n of r.nonCredit) items.push(n.met ? `${n.name} ✓${n.date ? ` ${n.date}` : ''}` : `${n.name}: ${labels.notYet}`);
  return items;
}

export function requirementsFlow(view: PlanView, labels: Labels, lang: 'en' | 'es', x: number, width: number): Flowable {
  const lines: Piece[][] = [];
  const lead = `${labels.requirements}: `;
  let line: Piece[] = [{ text: lead, style: LEAD, dx: 0 }];
  let at = textWidth(lead, LEAD);
  let items = 0;
  const newLine = () => {
    lines.push(line);
    line = [];
    at = 0;
    items = 0;
  };
  for (const item of requirementItems(view, labels, lang)) {
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
  return sequence(lines.map((pieces) => lineBlock(pieces, x, ITEM)));
}
