import { SUBJECT_AREA_LABELS, SUBJECT_AREAS, type SubjectArea } from './catalog';
import type { PlanView, PlanViewCourse } from './plan-view';
import { isHighSchoolYear } from './program';

/**
 * Where a course sits in the plan grid (requirement areas down, years across). The editor, the
 * printout and the terminal all draw this grid, and the family's paper must read like the screen
 * the counselor built it on, so the placement is decided here once:
 * - a postsecondary step of the program sits in the pathway row, whatever its area;
 * - a high-school course sits in the row of its area (world language and fine arts have rows of
 *   their own even where the requirement set does not require them);
 * - an "other" course, or one the catalog no longer has (no area), sits with the electives.
 */

/** A grid row is named by the area it holds; 'cte' is the pathway row, 'elective' the electives row. */
export type GridRowId = Exclude<SubjectArea, 'other'>;

/** Every row, top to bottom: the areas in catalog order, "other" sitting with the electives. */
export const GRID_ROW_IDS: readonly GridRowId[] = SUBJECT_AREAS.filter((a): a is GridRowId => a !== 'other');

/** The rows' English names on screen and in the terminal (paper has its own, in both languages). */
export const GRID_ROW_LABELS: Record<GridRowId, string> = { ...SUBJECT_AREA_LABELS, cte: 'CTE / pathway' };

export function gridRowOf(course: Pick<PlanViewCourse, 'year' | 'area'>): GridRowId {
  if (!isHighSchoolYear(course.year)) return 'cte';
  if (course.area === null || course.area === 'other') return 'elective';
  return course.area;
}

/** The courses of one cell, in the order the plan holds them. */
export function cellCourses(view: PlanView, row: GridRowId, yearIndex: number): PlanViewCourse[] {
  return (view.years[yearIndex]?.courses ?? []).filter((c) => gridRowOf(c) === row);
}

/**
 * The rows paper shows, in the screen's order. A plan must fit one page, so paper has no room for
 * rows that say nothing: a row the requirement set asks for is printed even when empty (it shows
 * what is missing); any other row only when a course sits in it.
 */
export function printedGridRows(view: PlanView): GridRowId[] {
  const required = new Set<SubjectArea>(view.requirements.areas.map((a) => a.area));
  const used = new Set(view.years.flatMap((y) => y.courses.map(gridRowOf)));
  return GRID_ROW_IDS.filter((row) => required.has(row) || used.has(row));
}
