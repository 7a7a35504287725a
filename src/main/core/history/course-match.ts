import type { Database as Db } from 'better-sqlite3';
import type { CourseMatchRequest } from '../../../shared/domain/history';
import { CounselorError } from '../../../shared/errors';
import { loadCatalog } from '../courses/repository';
import { writeTransaction } from '../store/transaction';
import { transcriptCourseKey } from './match';

/**
 * The counselor matches a transcript course the catalog does not know (a transfer, a retired number)
 * to a catalog course; remembered under the course's key, so every plan and every later import
 * use it at once. null forgets the match.
 */
export function matchCourse(db: Db, request: CourseMatchRequest, now = new Date()): void {
  const key = matchKeyOf(request);
  if (request.catalogNumber === null) {
    writeTransaction(db, () => db.prepare('DELETE FROM history_course_match WHERE course_key = ?').run(key));
    return;
  }
  const course = loadCatalog(db).courses.get(request.catalogNumber);
  if (!course) throw notInCatalog(request.catalogNumber);
  writeTransaction(db, () =>
    db
      .prepare(
        `INSERT INTO history_course_match (course_key, course_number, title, catalog_number, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (course_key) DO UPDATE SET course_number = excluded.course_number, title = excluded.title,
           catalog_number = excluded.catalog_number, updated_at = excluded.updated_at`,
      )
      .run(key, request.courseNumber, request.title, course.number, now.toISOString()),
  );
}

/** The key a match is remembered under; refused when the request names no course. */
export function matchKeyOf(request: CourseMatchRequest): string {
  const key = transcriptCourseKey(request.courseNumber, request.title);
  if (key === 'n:' || key === 't:') throw new CounselorError('invalid_input', 'Give the course number (or the title) of the transcript course to match.');
  return key;
}

export function notInCatalog(catalogNumber: string): CounselorError {
  return new CounselorError('not_found', `The catalog has no course numbered ${catalogNumber}; choose a course from the catalog (counselor courses lists them).`);
}
