import type { HandlersFor } from '../dispatch';
import { kyselyOverStore } from '../store/kysely-sqlite';
import { listDirectory } from '../students/directory';
import { yieldToEventLoop } from '../jobs/task';
import { caseloadColumns, listCaseload } from '../plans/caseload';
import type { Store } from '../store/connection';
import { getStudent } from '../students/repository';
import { studentRecordHandlers } from './student-records';

/** The caseload, one student's record, and the directory (the workstation's one counselor sees every student). */
export function studentHandlers(store: Store): HandlersFor<'students' | 'directory'> {
  const { db } = store;
  const typed = kyselyOverStore(db);
  return {
    'directory.list': async () => ({ students: await listDirectory(typed, null) }),
    'students.list': async () => {
      const students = await listCaseload(db);
      // 20,000 rows take ~80 ms to read and ~25 ms to serialise: let the event loop breathe
      // between the two so neither stretch holds the window past 100 ms.
      await yieldToEventLoop();
      return { students };
    },
    // The caseload page's copy: a sixth of the bytes, and no per-row object for the page to parse.
    'students.caseload': () => caseloadColumns(db),
    'students.get': ({ studentNumber }) => getStudent(db, studentNumber),
    // The workstation's one counselor: no account, so the audit log names no one.
    ...studentRecordHandlers(typed, null),
  };
}
