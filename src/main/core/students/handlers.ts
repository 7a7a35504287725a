import type { caseloadMethods } from '../../../shared/methods/caseload';
import type { HandlersOf } from '../dispatch';
import { readFramework } from '../framework/repository';
import { loadSampleSchool } from '../sample/load';
import type { Store } from '../store/connection';
import { countStudents, getStudent, listCaseload } from './repository';

export function caseloadHandlers(store: Store): HandlersOf<typeof caseloadMethods> {
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
