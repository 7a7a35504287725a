import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/core/dispatch';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import type { AuditEntry } from '../../../src/shared/methods/audit';
import { onStore, PAIR_LEAD, skipsStore, STORE_KINDS, useStoreHandlers } from '../../helpers/store-pair';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from './stores';

/**
 * The workstation's plan methods on the typed change path: each answer carries the plan's
 * revision, a change based on an older one (a second window) is refused as stale and saves
 * nothing, and the audit log lists the changes, newest first. The same on the department server's
 * store, where the refusal and the log name the signed-in counselor instead of "another window".
 */

const tempDir = useTempDir();
const handlersOf = useStoreHandlers();
const STUDENT = '900009';

for (const kind of STORE_KINDS) {
  // Who a change is by: the signed-in account on the server; a workstation has none.
  const who = kind === 'PostgreSQL' ? PAIR_LEAD : null;
  describe.skipIf(skipsStore(kind))(`plan revisions through the methods ${onStore(kind)}`, () => {
    it('answers with the revision, refuses a stale change, and logs every change', async () => {
      const handlers = await handlersOf(kind, await sampleStore(tempDir()));
      const call = async (method: 'plans.update' | 'plans.undo' | 'plans.applyProgram' | 'plans.get', input: unknown) =>
        dispatch(handlers, method, input);

      const opened = await call('plans.get', { studentNumber: STUDENT });
      expect(opened).toMatchObject({ ok: true, value: { revision: 0 } });
      const first = await call('plans.update', { studentNumber: STUDENT, basedOn: 0, operation: { op: 'setNotes', notes: 'First window.' } });
      expect(first).toMatchObject({ ok: true, value: { revision: 1, notes: 'First window.' } });

      // A second window still showing revision 0: refused, nothing saved.
      const stale = await call('plans.update', { studentNumber: STUDENT, basedOn: 0, operation: { op: 'setNotes', notes: 'Second window.' } });
      expect(stale).toEqual({
        ok: false,
        error: {
          code: 'stale',
          message: `This plan was changed ${who ? `by ${who.displayName}` : 'in another window'} a moment ago; the page now shows that version — make your change again if it is still needed.`,
          details: { revision: 1, changedBy: who?.displayName ?? null },
        },
      });
      expect(await call('plans.undo', { studentNumber: STUDENT, basedOn: 0 })).toMatchObject({ ok: false, error: { code: 'stale' } });
      expect(await call('plans.applyProgram', { studentNumber: STUDENT, programId: 'welding', basedOn: 0 })).toMatchObject({ ok: false, error: { code: 'stale' } });
      expect(await call('plans.get', { studentNumber: STUDENT })).toMatchObject({ ok: true, value: { revision: 1, notes: 'First window.' } });

      // Based on what it got back, the next change goes through; without basedOn (the command line) too.
      const applied = await call('plans.applyProgram', { studentNumber: STUDENT, programId: 'welding', basedOn: 1 });
      expect(applied).toMatchObject({ ok: true, value: { revision: 2 } });
      const undone = await call('plans.undo', { studentNumber: STUDENT, basedOn: (applied as { value: PlanView }).value.revision });
      expect(undone).toMatchObject({ ok: true, value: { revision: 3, notes: 'First window.', framework: { program: null } } });

      const log = await dispatch(handlers, 'audit.forStudent', { studentNumber: STUDENT });
      expect(log.ok && (log.value as { entries: AuditEntry[] }).entries.map((e) => [e.userName, e.action, e.detail])).toEqual([
        [who?.userName ?? null, 'undo', { undid: 'applyProgram', revision: 3 }],
        [who?.userName ?? null, 'applyProgram', { programId: 'welding', revision: 2 }],
        [who?.userName ?? null, 'setNotes', { operation: { op: 'setNotes', notes: 'First window.' }, revision: 1 }],
      ]);
    });
  });
}
