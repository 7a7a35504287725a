import type { Store } from './store/connection';
import type { Handlers } from './dispatch';
import { countStudents, getStudent, listCaseload } from './students/repository';
import { readFramework } from './framework/repository';
import { loadSampleSchool } from './sample/load';

/** Implements every method of the contract over the core, once. Transports only carry these. */
export function createHandlers(store: Store): Handlers {
  const { db } = store;
  return {
    'store.info': () => ({
      path: store.path,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      studentCount: countStudents(db),
    }),
    'framework.get': () => readFramework(db),
    'students.list': () => ({ students: listCaseload(db) }),
    'students.get': ({ studentNumber }) => getStudent(db, studentNumber),
    'sample.load': () => loadSampleSchool(db),
  };
}
