import { cellCourses, printedGridRows, type GridRowId } from '../../../shared/domain/plan-grid';
import type { PlanView, PlanViewCourse } from '../../../shared/domain/plan-view';
import type { Labels } from './labels';
import { rangesOf, type Range } from './school-text';
import { joinFields } from './visual-order';

/**
 * The plan grid's words, before any measuring: the rows and the placement of the editor's grid
 * (shared/domain/plan-grid.ts), so the family's paper reads like the counselor's screen; one
 * column per year. Completed courses carry ✓ and the grade, in-progress ones ◐, failed ones ✗ and withdrawn ones W with
 * their words, dual-credit ones DC.
 */

export interface GridRow {
  /** The shared grid row it prints, or the credits line at the foot. */
  row: GridRowId | 'credits';
  label: string;
  /** One list of entries per plan year, in the view's year order. */
  cells: string[][];
  kind: 'area' | 'pathway' | 'electives' | 'credits';
  /**
   * Where each entry holds the school's own words (its course titles), by entry: filled only when
   * the printout is in another language than the school's (school-text.ts), so the tagged PDF
   * can say where the language changes.
   */
  school: ReadonlyMap<string, readonly Range[]>;
}

export interface GridHead {
  label: string;
  sub: string | null;
}

/** 6.5 → "6.5", 7 → "7", 0.25 → "0.25". */
export function formatCredits(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const MARKS: Record<PlanViewCourse['status'], string> = { completed: '✓ ', in_progress: '◐ ', planned: '', failed: '✗ ', withdrawn: 'W ' };

export function courseEntry(c: PlanViewCourse, labels: Labels): string {
  const parts = [`${MARKS[c.status]}${c.title}`];
  // A withdrawal's grade is its W mark already.
  if (c.status !== 'planned' && c.status !== 'withdrawn' && c.grade) parts.push(c.grade);
  // A transcript course says what it earned when that is not its catalog credits (half of a year course, a transfer).
  if (c.status === 'completed' && c.source === 'transcript' && c.creditsEarned !== null && c.creditsEarned !== c.credits) {
    parts.push(labels.credits(formatCredits(c.creditsEarned)));
  }
  if (c.status === 'failed') parts.push(labels.failed);
  if (c.status === 'withdrawn') parts.push(labels.withdrawn);
  if (c.flags?.dualCredit) parts.push(labels.dualCreditTag);
  if (c.institution) parts.push(labels.credits(formatCredits(c.credits)));
  // A family reads an alternate as a request in case the first choice cannot be scheduled, not a course taken.
  if (c.alternateFor) parts.push(labels.alternateFor(c.alternateFor.title, c.alternateFor.rank));
  let text = joinFields(parts);
  if (!c.inCatalog) text += ` (${labels.notInCatalog})`;
  return text;
}

export function gridHeads(view: PlanView, labels: Labels): GridHead[] {
  return view.years.map((y) => labels.yearHead(y.year, y.schoolYear));
}

/**
 * A course completed by hand that the transcript also has in the same year is one course to a
 * family: the paper shows the transcript's (the editor shows both, with a warning, for the counselor).
 */
function printedOnce(view: PlanView, yearIndex: number): (c: PlanViewCourse) => boolean {
  const taken = new Set(view.years[yearIndex]!.courses.filter((c) => c.source === 'transcript').map((c) => c.courseNumber));
  return (c) => !(c.source === 'counselor' && c.status === 'completed' && taken.has(c.courseNumber));
}

/** `markSchoolText`: the printout is not in the school's language, so each entry's course titles are found (GridRow.school). */
export function gridRows(view: PlanView, labels: Labels, markSchoolText = false): GridRow[] {
  const rowFor = (row: GridRowId, label: string, kind: GridRow['kind']): GridRow => {
    const school = new Map<string, readonly Range[]>();
    const cells = view.years.map((_, i) =>
      cellCourses(view, row, i)
        .filter(printedOnce(view, i))
        .map((c) => {
          const entry = courseEntry(c, labels);
          if (markSchoolText) school.set(entry, rangesOf(entry, [c.title, c.alternateFor?.title]));
          return entry;
        }),
    );
    return { row, label, cells, kind, school };
  };
  const rows: GridRow[] = printedGridRows(view).map((row) => {
    if (row === 'cte') return rowFor(row, labels.cteRow, 'pathway');
    if (row === 'elective') return rowFor(row, labels.electivesRow, 'electives');
    return rowFor(row, labels.areas[row], 'area');
  });
  rows.push({
    row: 'credits',
    label: labels.creditsRow,
    cells: view.years.map((y) => {
      if (y.courses.length === 0) return [];
      const planned = labels.credits(formatCredits(y.credits.planned));
      return [y.credits.earned > 0 ? `${planned} · ${labels.earnedCredits(formatCredits(y.credits.earned))}` : planned];
    }),
    kind: 'credits',
    school: new Map(),
  });
  return rows;
}
