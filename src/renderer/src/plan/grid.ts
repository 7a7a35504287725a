import { GRID_ROW_IDS, GRID_ROW_LABELS, type GridRowId } from '../../../shared/domain/plan-grid';
import type { PlanView, PlanViewCourse } from '../../../shared/domain/plan-view';

export { cellCourses, gridRowOf, type GridRowId } from '../../../shared/domain/plan-grid';

/**
 * The plan grid on screen: every row of the shared grid (shared/domain/plan-grid.ts decides where
 * a course sits, for the printout too), so what the counselor builds is what the family sees.
 */
export const GRID_ROWS: readonly { id: GridRowId; label: string }[] = GRID_ROW_IDS.map((id) => ({ id, label: GRID_ROW_LABELS[id] }));

/** Every course in the plan, by id, with the label of its year. */
export function findCourse(view: PlanView, id: string): PlanViewCourse | undefined {
  for (const y of view.years) {
    const found = y.courses.find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}
