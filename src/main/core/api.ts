import type { Store } from './store/connection';
import { inProcessLauncher } from './jobs/launch';
import { JobRegistry } from './jobs/registry';
import { rosterHandlers } from './roster/handlers';
import type { Handlers } from './dispatch';
import { planHandlers } from './plans/handlers';
import { printHandlers } from './print/handlers';
import { storeHandlers } from './store/handlers';
import { caseloadHandlers } from './students/handlers';

/**
 * Implements every method of the contract over the core, once: each domain folder provides the
 * handlers of its methods file. Transports only carry these. Long tasks run as jobs: in a worker
 * thread in the desktop and browser mode, on this thread for the command line and tests.
 */
export function createHandlers(store: Store, jobs = new JobRegistry(inProcessLauncher(store))): Handlers {
  return {
    ...rosterHandlers(store, jobs),
    ...caseloadHandlers(store),
    ...planHandlers(store),
    ...printHandlers(store, jobs),
    ...storeHandlers(store, jobs),
  };
}
