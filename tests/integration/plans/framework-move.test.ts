import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { migrationPreview } from '../../../src/main/core/framework/migration-preview';
import { applyMoveOn } from '../../../src/main/core/plans/framework-move';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import type { Store } from '../../../src/main/core/store/connection';
import type { MigrationPreview, MigrationResult, MigrationUndoResult } from '../../../src/shared/domain/framework-migration';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from './stores';

/**
 * Moving the sample school's plans to the 2024 framework (issue 15): refused whole while a pick is
 * missing, then applied in one transaction with the picks, each plan keeping its 16-cluster choice
 * beside; taken back as one step, leaving a plan changed since as it is. On a real store file.
 */

const tempDir = useTempDir();

async function setUp() {
  const store = await sampleStore(tempDir());
  const handlers = createHandlers(store);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await dispatch(handlers, method as 'plans.get', input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as T;
  };
  return { store, call };
}

interface PlanRow {
  student_number: string;
  cluster_code: string | null;
  pathway_code: string | null;
  framework_edition: string;
  cluster_2024: string | null;
  subcluster_2024: string | null;
  revision: number;
}
const planRows = (store: Store) =>
  store.db
    .prepare('SELECT student_number, cluster_code, pathway_code, framework_edition, cluster_2024, subcluster_2024, revision FROM plan ORDER BY student_number')
    .all() as PlanRow[];
const byStudent = (rows: PlanRow[]) => new Map(rows.map((r) => [r.student_number, r]));

/** The first option of every row that needs a pick: what a counselor would choose here. */
const firstPicks = (preview: MigrationPreview) => Object.fromEntries(preview.rows.filter((r) => r.needsPick).map((r) => [r.studentNumber, r.options[0]!.code]));

describe('framework.migrate and framework.migrateUndo', () => {
  it('refuses the whole move while a plan needs a pick, and writes nothing', async () => {
    const { store, call } = await setUp();
    const before = planRows(store);
    const audit = store.db.prepare('SELECT count(*) AS n FROM audit_entry').pluck();
    const entries = audit.get();
    const preview = await call<MigrationPreview>('framework.migratePreview', {});
    const needing = preview.rows.filter((r) => r.needsPick);
    expect(needing.length).toBeGreaterThan(0);
    const refusal = call('framework.migrate', { picks: {} });
    await expect(refusal).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(refusal).rejects.toThrow(new RegExp(`^${needing.length} plans need a pick .*${needing[0]!.studentNumber}`));
    // A pick that is not among the row's options is no pick.
    const wrong = { ...firstPicks(preview), [needing[0]!.studentNumber]: 'HHS-PHH' };
    await expect(call('framework.migrate', { picks: wrong })).rejects.toThrow(/^1 plan needs a pick/);
    expect(planRows(store)).toEqual(before);
    expect(audit.get()).toBe(entries);
  });

  it('moves every plan with a place in 2024, keeps the 16-cluster choice, and undoes exactly that move', async () => {
    const { store, call } = await setUp();
    const before = byStudent(planRows(store));
    const preview = await call<MigrationPreview>('framework.migratePreview', {});
    const picks = firstPicks(preview);
    const moved = await call<MigrationResult>('framework.migrate', { picks });

    const after = byStudent(planRows(store));
    const changed = moved.results.filter((r) => r.outcome === 'changed');
    expect(changed.length).toBe(preview.rows.length);
    expect(moved.undo.map((s) => s.studentNumber).sort()).toEqual(preview.rows.map((r) => r.studentNumber).sort());
    for (const row of preview.rows) {
      const stored = after.get(row.studentNumber)!;
      const pick = picks[row.studentNumber];
      const expected = row.needsPick ? pick : (row.to.subCluster?.code ?? row.to.cluster?.code);
      expect([stored.cluster_2024, stored.subcluster_2024], row.studentNumber).toContain(expected);
      expect(stored.framework_edition).toBe('2024');
      expect([stored.cluster_code, stored.pathway_code]).toEqual([before.get(row.studentNumber)!.cluster_code, before.get(row.studentNumber)!.pathway_code]);
      expect(stored.revision).toBe(before.get(row.studentNumber)!.revision + 1);
    }
    // Plans with nothing chosen are not touched.
    for (const [number, row] of after) if (row.cluster_code === null) expect(row).toEqual(before.get(number));
    const audited = store.db.prepare(`SELECT count(*) FROM audit_entry WHERE detail LIKE ?`).pluck().get(`%"frameworkMigration":"${moved.migration}"%`);
    expect(audited).toBe(changed.length);

    // Moving again changes nothing.
    const again = await call<MigrationResult>('framework.migrate', { picks });
    expect(again.undo).toEqual([]);
    expect(again.results.every((r) => r.outcome === 'unchanged')).toBe(true);

    // A counselor changes one moved plan after the move: the undo leaves it and says so.
    const kept = changed[0]!.studentNumber;
    await call('plans.update', { studentNumber: kept, operation: { op: 'setNotes', notes: 'Talked about nursing.' } });
    const undone = await call<MigrationUndoResult>('framework.migrateUndo', {});
    expect(undone.migration).toBe(moved.migration);
    expect(undone.results.find((r) => r.studentNumber === kept)).toMatchObject({ outcome: 'refused', summary: expect.stringMatching(/^Changed again since/) });
    expect(undone.results.filter((r) => r.outcome === 'changed')).toHaveLength(changed.length - 1);
    const restored = byStudent(planRows(store));
    for (const [number, row] of restored) {
      if (number === kept) {
        expect(row.framework_edition).toBe('2024');
        continue;
      }
      expect({ ...row, revision: 0 }, number).toEqual({ ...before.get(number)!, revision: 0 });
    }
    await expect(call('framework.migrateUndo', {})).rejects.toThrow(/already taken back/);
  });

  it('leaves a plan whose 16-cluster choice changed since the preview, and moves the rest', async () => {
    const { store } = await setUp();
    const preview = migrationPreview(store.db);
    const row = preview.rows.find((r) => !r.needsPick && r.from.pathway !== null)!;
    store.db.prepare('UPDATE plan SET pathway_code = NULL WHERE student_number = ?').run(row.studentNumber);
    const names = new Map(preview.rows.flatMap((r) => [r.from.cluster, r.from.pathway].filter((x) => x !== null).map((x) => [x.code, x.name] as const)));
    const moved = await applyMoveOn(kyselyOverStore(store.db), preview, firstPicks(preview), names);
    expect(moved.results.find((r) => r.studentNumber === row.studentNumber)).toMatchObject({ outcome: 'refused', summary: expect.stringMatching(/changed since the preview/) });
    expect(moved.results.filter((r) => r.outcome === 'changed')).toHaveLength(preview.rows.length - 1);
    expect(byStudent(planRows(store)).get(row.studentNumber)?.framework_edition).toBe('2016');
  });

  it('says there is nothing to take back before any move', async () => {
    const { call } = await setUp();
    await expect(call('framework.migrateUndo', {})).rejects.toMatchObject({ code: 'not_found' });
  });
});
