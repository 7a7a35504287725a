import type { HandlersFor } from '../dispatch';
import { loadSampleSchool } from '../sample/load';
import { sampleStatus } from '../store/sample-record';
import { removeSampleSchool } from '../sample/remove';
import type { Store } from '../store/connection';

/** The sample school: loaded to try the application, removed exactly before real work. */
export function sampleHandlers(store: Store): HandlersFor<'sample'> {
  const { db } = store;
  return {
    'sample.load': () => loadSampleSchool(db),
    'sample.status': () => sampleStatus(db),
    'sample.remove': () => removeSampleSchool(db, store.path),
  };
}
