import type { HandlersFor } from '../dispatch';
import { bulkChange, bulkUndo } from '../plans/bulk';
import { resolvePlan } from '../plans/resolve';
import { applyProgramToPlan, undoLastChange, updatePlan } from '../plans/update';
import type { Store } from '../store/connection';
import { byHand } from './edit';

/**
 * A student's plan: read, changed one operation at a time, undone, filled from a program. Every
 * change goes through plans/change.ts on the typed layer over this store's connection
 * (kyselyOverStore), as the workstation's one counselor (actor null), based on the revision the
 * page showed when it sends one.
 */
export function planHandlers(store: Store): HandlersFor<'plans'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'plans.get': ({ studentNumber }) => resolvePlan(db, studentNumber),
    'plans.update': edit(({ studentNumber, operation, basedOn }) => updatePlan(db, studentNumber, operation, new Date(), { basedOn, actor: null })),
    'plans.undo': edit(({ studentNumber, basedOn }) => undoLastChange(db, studentNumber, new Date(), { basedOn, actor: null })),
    'plans.applyProgram': edit(({ studentNumber, programId, basedOn }) =>
      applyProgramToPlan(db, studentNumber, programId, new Date(), { basedOn, actor: null }),
    ),
    'plans.bulk': edit(({ studentNumbers, action }) => bulkChange(db, studentNumbers, action, new Date(), { actor: null })),
    'plans.bulkUndo': edit(({ steps }) => bulkUndo(db, steps, new Date(), { actor: null })),
  };
}
