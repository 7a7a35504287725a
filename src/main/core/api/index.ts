import type { Handlers } from '../dispatch';
import { inProcessLauncher } from '../jobs/launch';
import { JobRegistry } from '../jobs/registry';
import type { Store } from '../store/connection';
import { storeFailure } from '../store/failures';
import { auditHandlers } from './audit';
import { conferenceHandlers } from './conferences';
import { courseHandlers } from './courses';
import { exportHandlers } from './exports';
import { frameworkHandlers } from './framework';
import { historyHandlers } from './history';
import { jobHandlers, tasks, type Jobs } from './jobs';
import { planHandlers } from './plans';
import { printHandlers } from './print';
import { programHandlers } from './programs';
import { reportHandlers } from './reports';
import { requestHandlers } from './requests';
import { requirementHandlers } from './requirements';
import { rosterHandlers } from './roster';
import { sampleHandlers } from './sample';
import { settingsHandlers } from './settings';
import { labelHandlers } from './labels';
import { storeHandlers } from './store';
import { studentHandlers } from './students';
import { workstationHandlers } from './workstation';
import { yearHandlers } from './year';

/**
 * Implements every method of the contract over the core, once. This folder is the API layer: one
 * file per domain holds the handlers of that domain's methods, above the domain folders (which
 * never import it). Transports only carry these. Long tasks run as jobs: in a worker thread in the
 * desktop and browser mode, on this thread for the command line and tests.
 */
export function createHandlers(store: Store, jobs: Jobs = new JobRegistry(inProcessLauncher(store, tasks))): Handlers {
  return reportingStoreFailures(store.path, {
    ...studentHandlers(store),
    ...settingsHandlers(store),
    ...labelHandlers(store),
    ...frameworkHandlers(store),
    ...sampleHandlers(store),
    ...rosterHandlers(store, jobs),
    ...historyHandlers(store, jobs),
    ...exportHandlers(store),
    ...jobHandlers(jobs),
    ...courseHandlers(store),
    ...programHandlers(store),
    ...requirementHandlers(store),
    ...planHandlers(store),
    ...printHandlers(store, jobs),
    ...conferenceHandlers(store),
    ...requestHandlers(jobs),
    ...storeHandlers(store, jobs),
    ...reportHandlers(store),
    ...yearHandlers(store),
    ...auditHandlers(store),
    ...workstationHandlers(store),
  });
}

/** A save that meets a full disk, a busy or a read-only store is the counselor's to fix: one sentence, not 'internal'. */
function reportingStoreFailures(storePath: string, handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[name] = async (input) => {
      try {
        return await handler(input);
      } catch (e) {
        throw storeFailure(e, storePath);
      }
    };
  }
  return wrapped as unknown as Handlers;
}
