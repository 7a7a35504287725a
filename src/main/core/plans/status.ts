import type { Plan } from '../../../shared/domain/plan';
import type { RequirementProgress } from '../../../shared/domain/plan-view';
import { schoolYearDates } from '../../../shared/domain/school-year';
import type { PlanStatus } from '../../../shared/domain/student';

/** Whether anything at all has been written into the plan. */
export function hasContent(plan: Plan): boolean {
  const ps = plan.postsecondary;
  return (
    plan.clusterCode !== null ||
    plan.pathwayCode !== null ||
    plan.programId !== null ||
    plan.secondClusterCode !== null ||
    plan.courses.length > 0 ||
    plan.goals.length > 0 ||
    plan.careerInterests.length > 0 ||
    plan.experiences.length > 0 ||
    plan.credentials.length > 0 ||
    ps.institution !== null ||
    ps.program !== null ||
    ps.credentialType !== null ||
    plan.notes !== null ||
    plan.lastReviewed !== null
  );
}

// The school year's dates are a shared rule (the caseload's conference column uses it too).
export { schoolYearDates };

/**
 * The plan status the caseload shows and filters on. Each step includes the one before:
 * - none: no plan, or a plan with nothing in it (everything removed again);
 * - started: something is in the plan, but it is not complete;
 * - complete: cluster, pathway and program of study chosen, and the courses in grades 9–12
 *   plan every credit requirement: each area's planned credits (counts-as rules applied) reach
 *   what it requires, and so do the total credits. Non-credit requirements (the civics test)
 *   are not part of it: they are met by taking them, not by planning;
 * - reviewed: complete, and last reviewed within the current school year (August–July), so a
 *   plan reviewed in May shows as complete again from August 1.
 */
export function planStatus(plan: Plan | null, progress: RequirementProgress, today: Date): PlanStatus {
  if (!plan) return 'none';
  const chosen = plan.clusterCode !== null && plan.pathwayCode !== null && plan.programId !== null;
  return statusFrom({ hasContent: hasContent(plan), chosen, lastReviewed: plan.lastReviewed }, progress.allPlanned, today);
}

/** What the status rests on, so the caseload can work it out from a few columns instead of whole plans. */
export interface StatusFacts {
  hasContent: boolean;
  /** Cluster, pathway and program all chosen. */
  chosen: boolean;
  lastReviewed: string | null;
}

export function statusFrom(facts: StatusFacts, allPlanned: boolean, today: Date): PlanStatus {
  if (!facts.hasContent) return 'none';
  if (!facts.chosen || !allPlanned) return 'started';
  const { first, last } = schoolYearDates(today);
  const reviewed = facts.lastReviewed !== null && facts.lastReviewed >= first && facts.lastReviewed <= last;
  return reviewed ? 'reviewed' : 'complete';
}
