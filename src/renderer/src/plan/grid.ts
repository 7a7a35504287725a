import { GRID_ROW_IDS, GRID_ROW_LABELS, type GridRowId } from '../../../shared/domain/plan-grid';

export { cellCourses, gridRowOf, type GridRowId } from '../../../shared/domain/plan-grid';

/**
 * The plan grid on screen: every row of the shared grid (shared/domain/plan-grid.ts decides where
 * a course sits, for the printout too), so what the counselor builds is what the family sees.
 */
export const GRID_ROWS: readonly { id: GridRowId; label: string }[] = GRID_ROW_IDS.map((id) => ({ id, label: GRID_ROW_LABELS[id] }));
