/**
 * The choices of a select filter: the caseload's filters and the print panel's "print a grade or
 * a counselor's students" both list them, so they live here rather than in either page's folder.
 */

/** Select values for "no grade" / "no counselor": real values never look like this. */
export const BLANK_OPTION = '__blank__';
export const ALL_OPTION = '';

export interface FilterOption {
  value: string;
  label: string;
}
