import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor';
import type { Handlers } from '../dispatch';
import type { StoreSchema } from '../store/store-schema';
import { listDirectory } from '../students/directory';
import { studentRecordHandlers } from './student-records';

/** Some of the contract's handlers: the department server answers the others "not on the server yet". */
export type SomeHandlers = Partial<Handlers>;

/**
 * The handlers the department server has on PostgreSQL, for one signed-in counselor: every read
 * and write runs as `actor` (accounts/actor.ts), so the database's row-level security sees who is
 * asking. The rest of the API is built over a SQLite Store (createHandlers) and is being carried
 * over method by method; a method ported to the typed layer is added here.
 */
export function departmentHandlers(db: Kysely<StoreSchema>): (actor: Actor) => SomeHandlers {
  return (actor) => ({
    'directory.list': async () => ({ students: await listDirectory(db, actor) }),
    ...studentRecordHandlers(db, actor),
  });
}
