import { describe, expect, it } from 'vitest';
import { courseEntry, gridRows } from '../../../src/main/core/pdf/grid-content';
import { LABELS } from '../../../src/main/core/pdf/labels';
import { readAllPlans } from '../../../src/main/core/plans/repository';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { cellCourses, GRID_ROWS } from '../../../src/renderer/src/plan/grid';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from '../../integration/plans/stores';

/**
 * The editor and the printout draw "the same grid": every course of every sample plan sits in the
 * same row and the same year column on the counselor's screen as on the family's paper (before,
 * a world-language course sat in its own row on screen and with the electives on paper).
 */

const tempDir = useTempDir();
const labels = LABELS.en;

/** "row|year index" → the entries of that cell, as the editor's grid model places them. */
function onScreen(view: PlanView): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const row of GRID_ROWS) {
    view.years.forEach((_, i) => {
      const courses = cellCourses(view, row.id, i);
      if (courses.length > 0) cells.set(`${row.id}|${i}`, courses.map((c) => courseEntry(c, labels)));
    });
  }
  return cells;
}

/** The same, as the PDF's grid content prints it (the credits line at the foot left out). */
function onPaper(view: PlanView): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const row of gridRows(view, labels)) {
    if (row.row === 'credits') continue;
    row.cells.forEach((entries, i) => {
      if (entries.length > 0) cells.set(`${row.row}|${i}`, entries);
    });
  }
  return cells;
}

describe('the plan grid on screen and on paper', () => {
  it('places every course of the sample school in the same row and year', async () => {
    const store = await sampleStore(tempDir());
    const plans = readAllPlans(store.db);
    expect(plans.length).toBeGreaterThan(5);
    let courses = 0;
    let worldLanguage = 0;
    for (const plan of plans) {
      const view = resolvePlan(store.db, plan.studentNumber, TODAY);
      courses += view.years.reduce((n, y) => n + y.courses.length, 0);
      worldLanguage += view.years.flatMap((y) => y.courses).filter((c) => c.area === 'world_language').length;
      const screen = onScreen(view);
      expect(onPaper(view), `plan of ${plan.studentNumber}`).toEqual(screen);
      expect([...screen.values()].flat()).toHaveLength(view.years.reduce((n, y) => n + y.courses.length, 0));
    }
    // The comparison covers the rows that differed: world-language courses and postsecondary steps.
    expect(worldLanguage).toBeGreaterThan(0);
    expect(courses).toBeGreaterThan(100);
    store.close();
  });
});
