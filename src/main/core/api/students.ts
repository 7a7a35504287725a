import type { HandlersFor } from '../dispatch';
import { yieldToEventLoop } from '../jobs/task';
import { listCaseload } from '../plans/caseload';
import type { Store } from '../store/connection';
import { getStudent } from '../students/repository';

/** The caseload and one student's record. */
export function studentHandlers(store: Store): HandlersFor<'students'> {
  const { db } = store;
  return {
    'students.list': async () => {
      const students = await listCaseload(db);
      // 20,000 rows take ~80 ms to read and ~25 ms to serialise: let the event loop breathe
      // between the two so neither stretch holds the window past 100 ms.
      await yieldToEventLoop();
      return { students };
    },
    'students.get': ({ studentNumber }) => getStudent(db, studentNumber),
  };
}
