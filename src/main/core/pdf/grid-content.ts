import type { SubjectArea } from '../../../shared/domain/catalog';
import type { PlanView, PlanViewCourse } from '../../../shared/domain/plan-view';
import { isHighSchoolYear } from '../../../shared/domain/program';
import type { Labels } from './labels';

/**
 * The plan grid's words, before any measuring: one row per requirement area, then career and
 * technical courses (with the postsecondary years of the program of study), then electives; one
 * column per year. Completed courses carry ✓ and the grade, in-progress ones ◐, dual-credit ones DC.
 */

export interface GridRow {
  label: string;
  /** One list of entries per plan year, in the view's year order. */
  cells: string[][];
  kind: 'area' | 'pathway' | 'electives' | 'credits';
}

export interface GridHead {
  label: string;
  sub: string | null;
}

/** 6.5 → "6.5", 7 → "7", 0.25 → "0.25". */
export function formatCredits(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const MARKS: Record<PlanViewCourse['status'], string> = { completed: '✓ ', in_progress: '◐ ', planned: '' };

export function courseEntry(c: PlanViewCourse, labels: Labels): string {
  const parts = [`${MARKS[c.status]}${c.title}`];
  if (c.status === 'completed' && c.grade) parts.push(c.grade);
  if (c.flags?.dualCredit) parts.push(labels.dualCreditTag);
  if (c.institution) parts.push(labels.credits(formatCredits(c.credits)));
  let text = parts.join(' · ');
  if (!c.inCatalog) text += ` (${labels.notInCatalog})`;
  return text;
}

export function gridHeads(view: PlanView, labels: Labels): GridHead[] {
  return view.years.map((y) => labels.yearHead(y.year, y.schoolYear));
}

export function gridRows(view: PlanView, labels: Labels, lang: 'en' | 'es'): GridRow[] {
  const required = view.requirements.areas;
  const requiredAreas = new Set<SubjectArea>(required.map((a) => a.area));
  const place = (c: PlanViewCourse): SubjectArea | 'pathway' | 'electives' => {
    if (c.area !== null && requiredAreas.has(c.area)) return c.area;
    if (c.area === 'cte' || !isHighSchoolYear(c.year)) return 'pathway';
    return 'electives';
  };
  const cellsFor = (key: SubjectArea | 'pathway' | 'electives') =>
    view.years.map((y) => y.courses.filter((c) => place(c) === key).map((c) => courseEntry(c, labels)));

  const rows: GridRow[] = required.map((a) => ({
    // Spanish prints the translation; English keeps the requirement set's own name for the area.
    label: lang === 'en' ? a.label : labels.areas[a.area],
    cells: cellsFor(a.area),
    kind: 'area',
  }));
  rows.push({ label: labels.cteRow, cells: cellsFor('pathway'), kind: 'pathway' });
  rows.push({ label: labels.electivesRow, cells: cellsFor('electives'), kind: 'electives' });
  rows.push({
    label: labels.creditsRow,
    cells: view.years.map((y) => {
      if (y.courses.length === 0) return [];
      const planned = labels.credits(formatCredits(y.credits.planned));
      return [y.credits.earned > 0 ? `${planned} · ${labels.earnedCredits(formatCredits(y.credits.earned))}` : planned];
    }),
    kind: 'credits',
  });
  return rows;
}
