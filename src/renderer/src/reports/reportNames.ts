import type { ReportName } from '../../../shared/domain/report';

/** The reports the page offers, by the names a counselor uses. */
export const REPORT_CHOICES: { name: ReportName; label: string }[] = [
  { name: 'plans', label: 'Academic and Career Plans' },
  { name: 'graduation', label: 'On track to graduate' },
  { name: 'cte', label: 'Career and technical education' },
  { name: 'conferences', label: 'Conferences this school year' },
];
