import type { caseloadMethods } from '../../../shared/methods/caseload';
import type { HandlersOf } from '../dispatch';
import { readFramework } from '../framework/repository';
import { loadSampleSchool } from '../sample/load';
import { sampleStatus } from '../sample/record';
import { removeSampleSchool } from '../sample/remove';
import { yieldToEventLoop } from '../jobs/task';
import type { Store } from '../store/connection';
import { countStudents, getStudent } from './repository';
import { listCaseload } from '../plans/caseload';

export function caseloadHandlers(store: Store): HandlersOf<typeof caseloadMethods> {
  const { db } = store;
  return {
    'store.info': () => ({
      path: store.path,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      studentCount: countStudents(db),
    }),
    'framework.get': () => readFramework(db),
    'students.list': async () => {
      const students = listCaseload(db);
      // 20,000 rows take ~80 ms to read and ~25 ms to serialise: let the event loop breathe
      // between the two so neither stretch holds the window past 100 ms.
      await yieldToEventLoop();
      return { students };
    },
    'students.get': ({ studentNumber }) => getStudent(db, studentNumber),
    'sample.load': () => loadSampleSchool(db),
    'sample.status': () => sampleStatus(db),
    'sample.remove': () => removeSampleSchool(db, store.path),
  };
}
