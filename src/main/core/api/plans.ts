import type { HandlersFor } from '../dispatch';
import { resolvePlan } from '../plans/resolve';
import { applyProgramToPlan, undoLastChange, updatePlan } from '../plans/update';
import type { Store } from '../store/connection';
import { byHand } from './edit';

/** A student's plan: read, changed one operation at a time, undone, filled from a program. */
export function planHandlers(store: Store): HandlersFor<'plans'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'plans.get': ({ studentNumber }) => resolvePlan(db, studentNumber),
    'plans.update': edit(({ studentNumber, operation }) => updatePlan(db, studentNumber, operation)),
    'plans.undo': edit(({ studentNumber }) => undoLastChange(db, studentNumber)),
    'plans.applyProgram': edit(({ studentNumber, programId }) => applyProgramToPlan(db, studentNumber, programId)),
  };
}
