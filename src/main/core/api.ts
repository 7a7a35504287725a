import type { Store } from './store/connection';
import type { Handlers } from './dispatch';
import { caseloadHandlers } from './students/handlers';

/**
 * Implements every method of the contract over the core, once: each domain folder provides the
 * handlers of its methods file. Transports only carry these.
 */
export function createHandlers(store: Store): Handlers {
  return {
    ...caseloadHandlers(store),
  };
}
