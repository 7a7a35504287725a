import { WORK_BASED_LEARNING_TYPES, type CourseStatus, type ExperienceType, type Goal, type Term } from '../../../shared/domain/plan';
import type { PlanViewCourseStatus } from '../../../shared/domain/plan-view';
import type { PlanYear } from '../../../shared/domain/program';
import { WORK_BASED_LEARNING_LABELS } from '../../../shared/domain/work-based-learning';

/** The words the plan editor shows for the core's codes: the same words the printout uses. */

export const COURSE_STATUS_LABELS: Record<PlanViewCourseStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  withdrawn: 'Withdrawn',
};

/** The statuses a counselor may set by hand; failed and withdrawn come from the transcript. */
export const HAND_STATUSES: readonly CourseStatus[] = ['planned', 'in_progress', 'completed'];

/** The term select's words; the grid shows the code itself ("S2") after the credits. */
export const TERM_LABELS: Record<Term, string> = {
  full_year: 'Full year',
  S1: 'S1 (semester 1)',
  S2: 'S2 (semester 2)',
  Q1: 'Q1 (quarter 1)',
  Q2: 'Q2 (quarter 2)',
  Q3: 'Q3 (quarter 3)',
  Q4: 'Q4 (quarter 4)',
};

/** Column headers of the grid: short enough for a column, the full label stays in the view. */
export const YEAR_SHORT_LABELS: Record<PlanYear, string> = {
  '9': 'Grade 9',
  '10': 'Grade 10',
  '11': 'Grade 11',
  '12': 'Grade 12',
  ps1: 'After HS, year 1',
  ps2: 'After HS, year 2',
};


export const GOAL_KIND_LABELS: Record<Goal['kind'], string> = {
  academic: 'Academic',
  career: 'Career',
  personal_social: 'Personal / social',
};

export const GOAL_STATUS_LABELS: Record<Goal['status'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
  set_aside: 'Set aside',
};

export const EXPERIENCE_TYPE_LABELS: Record<ExperienceType, string> = {
  // The work-based learning words are the reports' too: one list.
  ...WORK_BASED_LEARNING_LABELS,
  ctso: 'Student organisation (CTSO)',
  service: 'Community service',
  leadership: 'Leadership',
  athletics: 'Athletics',
  arts: 'Arts',
  hobby: 'Hobby or interest',
};

/** The experience select's groups: work-based learning by the CEDS types, then CTSOs, then the rest. */
export const EXPERIENCE_TYPE_GROUPS: { label: string; types: ExperienceType[] }[] = [
  {
    label: 'Work-based learning',
    types: [...WORK_BASED_LEARNING_TYPES],
  },
  { label: 'Career and technical student organisations', types: ['ctso'] },
  { label: 'Service, leadership and interests', types: ['service', 'leadership', 'athletics', 'arts', 'hobby'] },
];
