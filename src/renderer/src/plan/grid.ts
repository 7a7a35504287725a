import { SUBJECT_AREA_LABELS, type SubjectArea } from '../../../shared/domain/catalog';
import type { PlanView, PlanViewCourse } from '../../../shared/domain/plan-view';
import { isHighSchoolYear } from '../../../shared/domain/program';

/**
 * The plan grid: requirement areas down, years across — the same grid the printout uses, so what
 * the counselor builds is what the family sees. CTE courses and the postsecondary steps of the
 * program share the pathway row; anything else (an "other" course, a course the catalog no longer
 * has) sits with the electives.
 */
export type GridRowId = Exclude<SubjectArea, 'other'>;

export const GRID_ROWS: readonly { id: GridRowId; label: string }[] = [
  { id: 'english', label: SUBJECT_AREA_LABELS.english },
  { id: 'math', label: SUBJECT_AREA_LABELS.math },
  { id: 'science', label: SUBJECT_AREA_LABELS.science },
  { id: 'social_studies', label: SUBJECT_AREA_LABELS.social_studies },
  { id: 'physical_education', label: SUBJECT_AREA_LABELS.physical_education },
  { id: 'health', label: SUBJECT_AREA_LABELS.health },
  { id: 'personal_finance', label: SUBJECT_AREA_LABELS.personal_finance },
  { id: 'world_language', label: SUBJECT_AREA_LABELS.world_language },
  { id: 'fine_arts', label: SUBJECT_AREA_LABELS.fine_arts },
  { id: 'cte', label: 'CTE / pathway' },
  { id: 'elective', label: SUBJECT_AREA_LABELS.elective },
];

export function gridRowOf(course: PlanViewCourse): GridRowId {
  if (!isHighSchoolYear(course.year)) return 'cte';
  if (course.area === null || course.area === 'other') return 'elective';
  return course.area;
}

/** The courses of one cell, in the order the plan holds them. */
export function cellCourses(view: PlanView, row: GridRowId, yearIndex: number): PlanViewCourse[] {
  return (view.years[yearIndex]?.courses ?? []).filter((c) => gridRowOf(c) === row);
}
