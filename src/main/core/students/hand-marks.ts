import type { Database as Db } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StoreSchema } from '../store/store-schema';

/**
 * The fields of each student a counselor entered by hand (migration 17), by student number: the
 * roster import keeps these values unless the counselor takes the roster's.
 */
export function handMarks(db: Db): Map<string, Set<string>> {
  return marksOf(db.prepare('SELECT student_number, field FROM student_hand_entry').iterate() as Iterable<HandMark>);
}

/** The same on the typed layer (the department server), inside the caller's transaction. */
export async function handMarksIn(db: Kysely<StoreSchema>): Promise<Map<string, Set<string>>> {
  return marksOf(await db.selectFrom('student_hand_entry').select(['student_number', 'field']).execute());
}

interface HandMark {
  student_number: string;
  field: string;
}

function marksOf(rows: Iterable<HandMark>): Map<string, Set<string>> {
  const marks = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = marks.get(r.student_number) ?? new Set<string>();
    set.add(r.field);
    marks.set(r.student_number, set);
  }
  return marks;
}

/** Takes the roster's value for these fields: they are no longer the counselor's own. Inside the import's transaction. */
export function clearHandMarks(db: Db, cleared: readonly { studentNumber: string; field: string }[]): void {
  const clear = db.prepare('DELETE FROM student_hand_entry WHERE student_number = ? AND field = ?');
  for (const c of cleared) clear.run(c.studentNumber, c.field);
}
