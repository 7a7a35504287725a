import Database from 'better-sqlite3';

/**
 * Everything a counselor could see change: students with guardians, as one comparable string.
 * Not `roster_listed_at`: every roster import stamps each student its file lists (the school
 * year's late start reads it), so a file that changes nothing still moves it, by design.
 */
export function caseloadSnapshot(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const students = (db.prepare('SELECT * FROM student ORDER BY student_number').all() as Record<string, unknown>[]).map(({ roster_listed_at: _stamp, ...seen }) => seen);
    const guardians = db.prepare('SELECT * FROM guardian ORDER BY student_number, position').all();
    return JSON.stringify({ students, guardians });
  } finally {
    db.close();
  }
}
