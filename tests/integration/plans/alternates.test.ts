import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/main/core/plans/repository';
import { updatePlan } from '../../../src/main/core/plans/update';
import { renderPlanPdf } from '../../../src/main/core/pdf/document';
import type { Store } from '../../../src/main/core/store/connection';
import { PlanOperation, type PlanOperationInput } from '../../../src/shared/domain/plan-operation';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { useTempDir } from '../../helpers/temp';
import { pdfText, squeezed } from '../print/pdf-tools';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();
const STUDENT = '900009';

function change(store: Store, op: PlanOperationInput): Promise<PlanView> {
  return updatePlan(store.db, STUDENT, PlanOperation.parse(op), TODAY);
}

/** Catalog credits read straight from the store, not through the plan view. */
function creditsOf(store: Store, ...numbers: string[]): number {
  return numbers.reduce((sum, n) => sum + (store.db.prepare('SELECT credits FROM course WHERE number = ?').pluck().get(n) as number), 0);
}

function alternates(store: Store): [string, string | null, number | null][] {
  return readPlan(store.db, STUDENT)!.courses.map((c) => [c.courseNumber, c.alternate ? readPlan(store.db, STUDENT)!.courses.find((p) => p.id === c.alternate!.forCourseId)!.courseNumber : null, c.alternate?.rank ?? null]);
}

/** Grade 11 for a grade 9 student: AP Biology first, AP Chemistry and AP Physics 1 if it cannot be scheduled. */
async function planWithAlternates(): Promise<Store> {
  const store = await sampleStore(tempDir());
  await change(store, { op: 'placeCourse', courseNumber: 'SCI311', year: '11' }); // c-1
  await change(store, { op: 'placeCourse', courseNumber: 'SCI321', year: '11' }); // c-2
  await change(store, { op: 'placeCourse', courseNumber: 'SCI331', year: '11' }); // c-3
  await change(store, { op: 'placeCourse', courseNumber: 'ENG301', year: '11' }); // c-4
  await change(store, { op: 'setAlternate', courseId: 'c-2', forCourseId: 'c-1' });
  await change(store, { op: 'setAlternate', courseId: 'c-3', forCourseId: 'c-1', rank: 1 });
  return store;
}

describe('alternates in a plan', () => {
  it('keeps ranks without gaps: a new first alternate moves the others down', async () => {
    const store = await planWithAlternates();
    expect(alternates(store)).toEqual([['SCI311', null, null], ['SCI321', 'SCI311', 2], ['SCI331', 'SCI311', 1], ['ENG301', null, null]]);
    store.close();
  });

  it('counts an alternate toward no credits, no requirement and no warning', async () => {
    const store = await planWithAlternates();
    const view = await change(store, { op: 'markReviewed', date: '2026-11-20' });
    const grade11 = view.years.find((y) => y.year === '11')!;
    expect(grade11.credits.planned).toBe(creditsOf(store, 'SCI311', 'ENG301'));
    expect(view.requirements.areas.find((a) => a.area === 'science')!.planned).toBe(creditsOf(store, 'SCI311'));
    expect(view.requirements.total.planned).toBe(creditsOf(store, 'SCI311', 'ENG301'));
    // No duplicate or heavy-load warning from a course that is only a request.
    expect(view.warnings.filter((w) => w.courseNumber === 'SCI321' || w.courseNumber === 'SCI331')).toEqual([]);
    expect(grade11.courses.map((c) => [c.courseNumber, c.alternateFor?.title ?? null, c.alternateFor?.rank ?? null])).toEqual([
      ['SCI311', null, null],
      ['SCI321', 'AP Biology', 2],
      ['SCI331', 'AP Biology', 1],
      ['ENG301', null, null],
    ]);
    store.close();
  });

  it('refuses what a scheduler could not read: itself, another year, chains, a course already taken', async () => {
    const store = await planWithAlternates();
    await change(store, { op: 'placeCourse', courseNumber: 'SCI201', year: '10' }); // c-5
    await expect(change(store, { op: 'setAlternate', courseId: 'c-4', forCourseId: 'c-4' })).rejects.toThrow(/itself/);
    await expect(change(store, { op: 'setAlternate', courseId: 'c-5', forCourseId: 'c-1' })).rejects.toThrow(/same year.*grade 11, not grade 10/);
    await expect(change(store, { op: 'setAlternate', courseId: 'c-4', forCourseId: 'c-2' })).rejects.toThrow(/itself an alternate/);
    await expect(change(store, { op: 'setAlternate', courseId: 'c-1', forCourseId: 'c-4' })).rejects.toThrow(/alternates of its own/);
    await change(store, { op: 'setCourseStatus', courseId: 'c-5', status: 'in_progress' });
    await change(store, { op: 'placeCourse', courseNumber: 'SCI351', year: '10' }); // c-6
    await expect(change(store, { op: 'setAlternate', courseId: 'c-5', forCourseId: 'c-6' })).rejects.toThrow(/Only a planned course/);
    expect(alternates(store).slice(0, 4)).toEqual([['SCI311', null, null], ['SCI321', 'SCI311', 2], ['SCI331', 'SCI311', 1], ['ENG301', null, null]]);
    store.close();
  });

  it('follows its course: moved with it, in its place when it is removed, a course of its own once under way', async () => {
    const store = await planWithAlternates();
    await change(store, { op: 'moveCourse', courseId: 'c-1', year: '12' });
    expect(readPlan(store.db, STUDENT)!.courses.map((c) => [c.courseNumber, c.year])).toEqual([['SCI311', '12'], ['SCI321', '12'], ['SCI331', '12'], ['ENG301', '11']]);
    await change(store, { op: 'removeCourse', courseId: 'c-1' });
    expect(alternates(store)).toEqual([['SCI321', 'SCI331', 1], ['SCI331', null, null], ['ENG301', null, null]]);
    await change(store, { op: 'setCourseStatus', courseId: 'c-2', status: 'in_progress' });
    expect(alternates(store)).toEqual([['SCI321', null, null], ['SCI331', null, null], ['ENG301', null, null]]);
    // Undo brings the link back exactly.
    const { undoLastChange } = await import('../../../src/main/core/plans/update');
    await undoLastChange(store.db, STUDENT, TODAY);
    expect(alternates(store)).toEqual([['SCI321', 'SCI331', 1], ['SCI331', null, null], ['ENG301', null, null]]);
    await change(store, { op: 'setAlternate', courseId: 'c-2', forCourseId: null });
    expect(alternates(store)).toEqual([['SCI321', null, null], ['SCI331', null, null], ['ENG301', null, null]]);
    store.close();
  });

  it('prints "Alternate for" beside an alternate, in English and in Spanish', async () => {
    const store = await planWithAlternates();
    const view = await change(store, { op: 'setNotes', notes: null });
    const options = { paper: 'letter' as const, school: null, printedOn: '2026-11-28' };
    const en = squeezed(pdfText((await renderPlanPdf(view, { ...options, lang: 'en' }, TODAY)).bytes));
    // The grid wraps a cell's words over lines; each mark is whole on one.
    expect(en).toMatch(/AP Chemistry ·\s+Alternate 2 for AP/);
    expect(en).toMatch(/AP Physics 1 ·\s+Alternate for AP/);
    expect(en).toMatch(/Credits 2 cr/);
    const es = squeezed(pdfText((await renderPlanPdf(view, { ...options, lang: 'es' }, TODAY)).bytes));
    expect(es).toMatch(/AP Chemistry ·\s+Alternativa 2 para/);
    expect(es).toMatch(/AP Physics 1 ·\s+Alternativa para/);
    store.close();
  });
});
