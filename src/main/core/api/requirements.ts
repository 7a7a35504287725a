import type { HandlersFor } from '../dispatch';
import { requirementSetFor, saveRequirementSet } from '../requirements/repository';
import type { Store } from '../store/connection';
import { byHand } from './edit';

/** Graduation requirements, one set per class year. */
export function requirementHandlers(store: Store): HandlersFor<'requirements'> {
  const { db } = store;
  return {
    'requirements.get': ({ classYear }) => requirementSetFor(db, classYear ?? null),
    'requirements.save': byHand(store)((set) => saveRequirementSet(db, set)),
  };
}
