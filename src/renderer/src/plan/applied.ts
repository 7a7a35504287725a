import type { PlanView } from '../../../shared/domain/plan-view';
import { YEAR_SHORT_LABELS } from './labels';

/** What applying a program of study added to a plan, worked out from the plan before and after. */
export interface AppliedSummary {
  programName: string;
  years: { label: string; titles: string[] }[];
  courseCount: number;
  credentials: string[];
  postsecondary: string | null;
}

export function appliedSummary(before: PlanView, after: PlanView): AppliedSummary {
  const had = new Set(before.years.flatMap((y) => y.courses.map((c) => c.id)));
  const years = after.years
    .map((y) => ({ label: YEAR_SHORT_LABELS[y.year], titles: y.courses.filter((c) => !had.has(c.id)).map((c) => c.title) }))
    .filter((y) => y.titles.length > 0);
  const hadCredentials = new Set(before.credentials.map((c) => c.id));
  const b = before.postsecondary;
  const a = after.postsecondary;
  const psAdded = b.institution === null && b.program === null && b.credentialType === null && (a.institution !== null || a.program !== null);
  return {
    programName: after.framework.program?.name ?? 'the program of study',
    years,
    courseCount: years.reduce((n, y) => n + y.titles.length, 0),
    credentials: after.credentials.filter((c) => !hadCredentials.has(c.id)).map((c) => c.name),
    postsecondary: psAdded ? [a.program, a.institution].filter(Boolean).join(', ') : null,
  };
}

export function appliedSentence(s: AppliedSummary): string {
  const parts = [
    s.courseCount > 0 ? `${s.courseCount} ${s.courseCount === 1 ? 'course' : 'courses'}` : null,
    s.credentials.length > 0 ? `${s.credentials.length} ${s.credentials.length === 1 ? 'credential' : 'credentials'}` : null,
    s.postsecondary ? 'the postsecondary plan' : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return `Everything in ${s.programName} was already in the plan: nothing was added.`;
  return `Added from ${s.programName}: ${parts.join(', ')}. Nothing already in the plan was changed.`;
}
