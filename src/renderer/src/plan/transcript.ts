import type { PlanViewCourse, PlanViewCourseStatus } from '../../../shared/domain/plan-view';

/**
 * What a course in the grid says about the transcript, in words (never colour alone): pure, so the
 * course button, its read-only details and the unit tests share one wording.
 */

/**
 * "S1 B+ · S2 A−": every term's grade as the file wrote it. One grade stands alone ("B"): its term
 * (Y1, S1) says nothing the grid does not, and the course's facts still name it.
 */
export function gradesText(course: Pick<PlanViewCourse, 'grade' | 'transcript'>, withTerms = false): string {
  const grades = (course.transcript?.grades ?? []).filter((g) => g.grade.trim() !== '');
  if (grades.length === 0) return course.grade ?? '';
  if (grades.length === 1 && !withTerms) return grades[0]!.grade;
  return grades.map((g) => (g.term.trim() === '' ? g.grade : `${g.term} ${g.grade}`)).join(' · ');
}

/** The title to show: the catalog's, or the transcript's own for a course the catalog does not know. */
export function courseTitle(course: Pick<PlanViewCourse, 'title' | 'inCatalog' | 'transcript'>): string {
  if (!course.inCatalog && course.transcript && course.transcript.transcriptTitle.trim() !== '') return course.transcript.transcriptTitle;
  return course.title;
}

/** The number to show, by the same rule as the title. */
export function courseNumber(course: Pick<PlanViewCourse, 'courseNumber' | 'inCatalog' | 'transcript'>): string {
  if (!course.inCatalog && course.transcript && course.transcript.transcriptNumber.trim() !== '') return course.transcript.transcriptNumber;
  return course.courseNumber;
}

/** Statuses that earn nothing and say so on the course itself. */
export const NO_CREDIT_STATUSES: ReadonlySet<PlanViewCourseStatus> = new Set(['failed', 'withdrawn']);

/**
 * The credits shown on the course: earned for a completed course (the transcript's figure, or the
 * catalog's when a hand-entered completion left it blank), none for a failed or withdrawn one, the
 * catalog's for anything still planned or in progress.
 */
export function shownCredits(course: Pick<PlanViewCourse, 'status' | 'credits' | 'creditsEarned'>): number {
  if (course.status === 'completed') return course.creditsEarned ?? course.credits;
  if (NO_CREDIT_STATUSES.has(course.status)) return course.creditsEarned ?? 0;
  return course.credits;
}

/** The small words beside a transcript course: retake, taken in grade 8, not in the latest file. */
export function transcriptNotes(course: Pick<PlanViewCourse, 'transcript'>): string[] {
  const t = course.transcript;
  if (!t) return [];
  const notes: string[] = [];
  if (t.attempt >= 2) notes.push(t.attempt === 2 ? 'Retake' : `Retake (attempt ${t.attempt})`);
  if (t.gradeLevel !== null && t.gradeLevel < 9) notes.push(`Taken in grade ${t.gradeLevel}`);
  if (t.notInLatestFile) notes.push('Not in the latest file');
  return notes;
}

/** A completed course the counselor typed in, beside the transcript's own. */
export function enteredByHand(course: Pick<PlanViewCourse, 'source' | 'status'>): boolean {
  return course.source === 'counselor' && course.status === 'completed';
}

export const MATCHED_BY_WORDS: Record<NonNullable<PlanViewCourse['transcript']>['matchedBy'], string> = {
  number: 'by course number',
  code: 'by state or SCED code',
  title: 'by title',
  counselor: 'by the counselor',
  none: 'not matched: the catalog does not know this course',
};
