import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/core/dispatch';
import type { Store } from '../../../src/main/core/store/connection';
import type { BulkResult, BulkUndoResult } from '../../../src/shared/domain/bulk';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { onStore, PAIR_LEAD, skipsStore, STORE_KINDS, useStoreHandlers, type StoreKind } from '../../helpers/store-pair';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student } from './stores';
import { saveStudents } from '../../../src/main/core/students/repository';

/**
 * One action on the caseload's selection: every plan changed through the one change path, in one
 * transaction, reported per student, and taken back as one step without touching later work.
 * Run on a real store file holding the sample school (900009 and 900011 have no plan yet); the
 * scenarios through the methods alone also on the same school moved to the department server.
 */

const tempDir = useTempDir();
const handlersOf = useStoreHandlers();
const placed = (view: PlanView) => view.years.flatMap((y) => y.courses);

async function setUp(kind: StoreKind = 'SQLite') {
  const store = await sampleStore(tempDir());
  const handlers = await handlersOf(kind, store);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await dispatch(handlers, method as 'plans.get', input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value as T;
  };
  const plan = (studentNumber: string) => call<PlanView>('plans.get', { studentNumber });
  return { store, call, plan };
}

/** Every stored row of every plan and its courses: what "nothing written" compares. */
const planRows = (store: Store) => ({
  plans: store.db.prepare('SELECT * FROM plan ORDER BY student_number').all(),
  courses: store.db.prepare('SELECT * FROM plan_course ORDER BY student_number, id').all(),
});

// The same scenarios on the workstation's store and on the department server's (as a lead).
for (const kind of STORE_KINDS) {
  describe.skipIf(skipsStore(kind))(`plans.bulk and plans.bulkUndo ${onStore(kind)}`, () => {
    it('applies a program to each selected plan, keeps what each had, reports per student, and undoes it as one step', async () => {
      const { call, plan } = await setUp(kind);
      await call('plans.update', { studentNumber: '900011', operation: { op: 'setNotes', notes: 'Wants to weld.' } });
      const before = { nine: await plan('900009'), eleven: await plan('900011') };

      const done = await call<BulkResult>('plans.bulk', { studentNumbers: ['900009', '900011', '999999'], action: { kind: 'applyProgram', programId: 'welding' } });
      expect(done.results.map((r) => [r.studentNumber, r.outcome])).toEqual([['900009', 'changed'], ['900011', 'changed'], ['999999', 'refused']]);
      expect(done.results[0]!.name).toBe('Nguyễn, Ánh');
      expect(done.results[0]!.summary).toMatch(/^Program set; \d+ courses added/);
      expect(done.results[2]!.summary).toBe('No student with number 999999 is in the store.');
      expect(done.undo).toEqual([{ studentNumber: '900009', revision: 1 }, { studentNumber: '900011', revision: 2 }]);
      const after = await plan('900011');
      expect(after.framework.program?.id).toBe('welding');
      expect(after.notes).toBe('Wants to weld.');
      expect(placed(after).length).toBeGreaterThan(placed(before.eleven).length);
      // Each plan got its own audit entry, marked as part of a bulk action.
      const log = await call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('audit.forStudent', { studentNumber: '900009' });
      expect(log.entries[0]).toMatchObject({ action: 'applyProgram', detail: { programId: 'welding', bulk: true } });

      const undone = await call<BulkUndoResult>('plans.bulkUndo', { steps: done.undo });
      expect(undone.results.map((r) => r.outcome)).toEqual(['changed', 'changed']);
      expect(placed(await plan('900011'))).toEqual(placed(before.eleven));
      expect(placed(await plan('900009'))).toEqual(placed(before.nine));
    });

    it('leaves a plan changed again since as it is, and says so', async () => {
      const { call, plan } = await setUp(kind);
      const done = await call<BulkResult>('plans.bulk', { studentNumbers: ['900009', '900011'], action: { kind: 'markReviewed' } });
      expect(done.results.every((r) => r.outcome === 'changed' && /^Marked reviewed on \d{4}-\d{2}-\d{2}\.$/.test(r.summary))).toBe(true);
      await call('plans.update', { studentNumber: '900011', operation: { op: 'setNotes', notes: 'Later work.' } });
      const undone = await call<BulkUndoResult>('plans.bulkUndo', { steps: done.undo });
      expect(undone.results.map((r) => [r.studentNumber, r.outcome, r.summary])).toEqual([
        ['900009', 'changed', 'Taken back.'],
        // The server names who changed it (the signed-in lead); a workstation has no accounts.
        ['900011', 'refused', `Changed again since${kind === 'PostgreSQL' ? ` by ${PAIR_LEAD.displayName}` : ''}; left as it is.`],
      ]);
      expect((await plan('900009')).lastReviewed).toBeNull();
      expect(await plan('900011')).toMatchObject({ notes: 'Later work.' });
      expect((await plan('900011')).lastReviewed).not.toBeNull();
    });
  });
}

describe('plans.bulk and plans.bulkUndo on the workstation store itself', () => {
  it('passes over a graduate and a plan with nothing to change, and writes nothing for them', async () => {
    const { store, call } = await setUp();
    saveStudents(store.db, [{ ...student('900012', 12), status: 'graduated' }], new Date('2026-11-28T12:00:00Z'));
    await call('plans.bulk', { studentNumbers: ['900009'], action: { kind: 'markReviewed' } });
    const rows = planRows(store);
    const again = await call<BulkResult>('plans.bulk', { studentNumbers: ['900009', '900012'], action: { kind: 'markReviewed' } });
    expect(again.results.map((r) => r.outcome)).toEqual(['unchanged', 'refused']);
    expect(again.results[1]!.summary).toMatch(/graduated/);
    expect(again.undo).toEqual([]);
    expect(planRows(store)).toEqual(rows);
    store.close();
  });

  it('is one transaction: a failure on one plan leaves every selected plan as it was', async () => {
    const { store, call } = await setUp();
    const rows = planRows(store);
    // A disk-level failure for the second student (not a refusal the action reports and passes over).
    store.db.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON plan WHEN NEW.student_number = '900011' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    await expect(call('plans.bulk', { studentNumbers: ['900009', '900011'], action: { kind: 'markReviewed' } })).rejects.toThrow();
    expect(planRows(store)).toEqual(rows);
    expect(store.db.prepare(`SELECT count(*) FROM audit_entry WHERE student_number IN ('900009', '900011')`).pluck().get()).toBe(0);
    store.close();
  });
});
