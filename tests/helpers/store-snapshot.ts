import Database from 'better-sqlite3';

/** Everything a counselor could see change: students with guardians, as one comparable string. */
export function caseloadSnapshot(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const students = db.prepare('SELECT * FROM student ORDER BY student_number').all();
    const guardians = db.prepare('SELECT * FROM guardian ORDER BY student_number, position').all();
    return JSON.stringify({ students, guardians });
  } finally {
    db.close();
  }
}
