import type { ReportName } from '../../../shared/domain/report';

/** The reports the page offers; conferences comes with the conference records (issue 10). */
export const REPORT_CHOICES: { name: Exclude<ReportName, 'conferences'>; label: string }[] = [
  { name: 'plans', label: 'Academic and Career Plans' },
  { name: 'graduation', label: 'On track to graduate' },
  { name: 'cte', label: 'Career and technical education' },
];
