import type { WORK_BASED_LEARNING_TYPES } from './plan';

/** Work-based learning types in words: the reports' and the plan editor's (which adds the other experiences). */
export const WORK_BASED_LEARNING_LABELS: Record<(typeof WORK_BASED_LEARNING_TYPES)[number], string> = {
  job_shadow: 'Job shadow',
  internship_paid: 'Internship (paid)',
  internship_unpaid: 'Internship (unpaid)',
  youth_apprenticeship: 'Youth apprenticeship',
  cooperative_education: 'Cooperative education (co-op)',
  mentorship: 'Mentorship',
  service_learning: 'Service learning',
  supervised_agricultural_experience: 'Supervised agricultural experience (SAE)',
};
