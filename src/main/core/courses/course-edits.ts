import type { Database as Db } from 'better-sqlite3';
import type { Course, CourseInput } from '../../../shared/domain/catalog';
import { CounselorError } from '../../../shared/errors';
import { findCourse, getCourse, saveCourses } from './repository';
import { writeTransaction } from '../store/transaction';

/**
 * Adding, editing and retiring one course: three separate actions, so that adding can never
 * change a course that plans already hold. Each reads and writes inside one write transaction
 * (BEGIN IMMEDIATE), so two windows cannot both pass the "is it there?" check.
 */

/** Adding a number the catalog holds (in any case): the sentence names the course that has it (both stores). */
export function courseTaken(existing: Course): CounselorError {
  return new CounselorError('conflict', `There is already a course ${existing.number} (${existing.title}). Edit it instead, or choose another number.`, { number: existing.number });
}

/** Editing a number the catalog does not hold (both stores). */
export function notInCatalog(number: string): CounselorError {
  return new CounselorError('not_found', `No course numbered ${number} is in the catalog; add it as a new course instead.`);
}

/** How many students' plans hold a course: what an edit of its credits or area changes. */
export function plansHoldingCourse(db: Db, number: string): number {
  return db.prepare('SELECT count(DISTINCT student_number) FROM plan_course WHERE course_number = ?').pluck().get(number) as number;
}

/** A new course. A number already in the catalog is refused, naming the course that has it. */
export function addCourse(db: Db, input: CourseInput, now = new Date()): Course {
  return writeTransaction(db, () => {
    const number = String(input.number ?? '').trim();
    // "eng101" typed for ENG101 is the same course to a counselor: refused the same way.
    const same = db.prepare('SELECT number FROM course WHERE number = ? COLLATE NOCASE ORDER BY number = ? DESC LIMIT 1').pluck().get(number, number) as string | undefined;
    const existing = same === undefined ? null : findCourse(db, same);
    if (existing) throw courseTaken(existing);
    // A new course is offered: retiring is its own action.
    saveCourses(db, [{ ...input, retired: false }], now);
    return getCourse(db, number);
  });
}

/** Changes a course that is in the catalog; whether it is retired stays as it was. */
export function editCourse(db: Db, input: CourseInput, now = new Date()): Course {
  return writeTransaction(db, () => {
    const number = String(input.number ?? '').trim();
    const existing = findCourse(db, number);
    if (!existing) throw notInCatalog(number);
    saveCourses(db, [{ ...input, retired: existing.retired }], now);
    return getCourse(db, number);
  });
}

/**
 * Retires a course (plans that hold it keep it; it is no longer offered for new placements) or
 * brings it back. Nothing in any plan changes either way.
 */
export function setCourseRetired(db: Db, number: string, retired: boolean, now = new Date()): Course {
  return writeTransaction(db, () => {
    getCourse(db, number);
    db.prepare('UPDATE course SET retired = ?, updated_at = ? WHERE number = ?').run(retired ? 1 : 0, now.toISOString(), number);
    return getCourse(db, number);
  });
}
