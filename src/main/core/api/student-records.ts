import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import type { StoreSchema } from '../store/store-schema';
import { addStudent, reassignStudents, undoReassign, updateStudent } from '../student-records/records';

type StudentRecordMethod = 'students.add' | 'students.update' | 'students.reassign' | 'students.undoReassign';

/**
 * Students entered and changed by hand, over the typed layer: the same handlers serve the
 * workstation (actor null) and the department server (the signed-in account).
 */
export function studentRecordHandlers(db: Kysely<StoreSchema>, actor: Actor | null): Pick<HandlersFor<'students'>, StudentRecordMethod> {
  return {
    'students.add': ({ studentNumber, details }) => addStudent(db, actor, studentNumber, details),
    'students.update': ({ studentNumber, changes }) => updateStudent(db, actor, studentNumber, changes),
    'students.reassign': ({ studentNumbers, counselor }) => reassignStudents(db, actor, studentNumbers, counselor),
    'students.undoReassign': ({ changes }) => undoReassign(db, actor, changes),
  };
}
