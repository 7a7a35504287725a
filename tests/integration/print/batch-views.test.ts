import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { PlanViewSource } from '../../../src/main/core/print/views';
import { listStudents, saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/**
 * A print batch reads its students' rows a page at a time (views.ts): every view it builds must be
 * the view read student by student, whatever page the student falls on and in whatever order they
 * are asked for.
 */
describe('plan views of a print batch', () => {
  it('are the views read one student at a time, across pages, asked in any order', async () => {
    const store = await sampleStore(tempDir());
    // More students than a page, some without a plan, history or guardians.
    saveStudents(store.db, Array.from({ length: 60 }, (_, i) => student(`8${String(i).padStart(5, '0')}`, 9 + (i % 4))), TODAY);
    const numbers = listStudents(store.db).map((s) => s.studentNumber);
    const changed = numbers.find((n) => !n.startsWith('8') && !n.startsWith('9'))!;
    // A changed plan: its revision and its undo step come into the view.
    const goal = { kind: 'career', text: 'Visit Madison College', targetDate: null, status: 'not_started' };
    expect((await dispatch(createHandlers(store), 'plans.update', { studentNumber: changed, operation: { op: 'addGoal', goal } })).ok).toBe(true);

    const alone = new PlanViewSource(store.db, TODAY);
    const batch = new PlanViewSource(store.db, TODAY, numbers);
    // In order, then back to the first page, then from the middle of a page.
    const asked = [...numbers, numbers[0]!, numbers[3]!, numbers[numbers.length - 2]!, numbers[57]!];
    for (const n of asked) expect(batch.view(n), n).toEqual(alone.view(n));
    expect(batch.view(changed).revision).toBeGreaterThan(0);
    expect(batch.view(changed).canUndo).toBe(true);
    expect(numbers.length).toBeGreaterThan(100);
  });

  it('refuses a number in the batch that no student has, as a single read does', async () => {
    const store = await sampleStore(tempDir());
    const numbers = listStudents(store.db).map((s) => s.studentNumber);
    const batch = new PlanViewSource(store.db, TODAY, [numbers[0]!, 'NOPE', numbers[1]!]);
    expect(batch.view(numbers[0]!).student.studentNumber).toBe(numbers[0]);
    expect(() => batch.view('NOPE')).toThrow(/No student with number NOPE/);
    expect(batch.view(numbers[1]!).student.studentNumber).toBe(numbers[1]);
  });
});
