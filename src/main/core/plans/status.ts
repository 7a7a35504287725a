import type { Plan } from '../../../shared/domain/plan';
import type { RequirementProgress } from '../../../shared/domain/plan-view';
import { schoolYearDates, schoolYearEnd } from '../../../shared/domain/school-year';
import type { PlanStatus } from '../../../shared/domain/student';

/** Whether anything at all has been written into the plan. */
export function hasContent(plan: Plan): boolean {
  const ps = plan.postsecondary;
  return (
    plan.clusterCode !== null ||
    plan.pathwayCode !== null ||
    plan.programId !== null ||
    plan.secondClusterCode !== null ||
    plan.choice2024 !== undefined ||
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

/** The school year a counselor started by hand ("Start school year 2027-28"): its ending year and the day. */
export interface StartedSchoolYear {
  schoolYear: number;
  startedOn: string;
}

/** The days a review counts as "reviewed this school year", first and last (YYYY-MM-DD). */
export type ReviewWindow = { first: string; last: string };

/**
 * The one rule for "this school year" as reviews see it. By the calendar it is August–July; a
 * school year the counselor has started (core/year) is the current one from the day it was
 * started, even before August: a review before that day belongs to the year that ended, so a plan
 * reviewed in May shows as complete once the new year is started in June.
 */
export function reviewWindow(today: Date, started: StartedSchoolYear | null): ReviewWindow {
  const calendar = schoolYearDates(today);
  if (started === null || started.schoolYear < schoolYearEnd(today)) return calendar;
  const end = started.schoolYear;
  const august = `${end - 1}-08-01`;
  return { first: started.startedOn < august ? started.startedOn : august, last: `${end}-07-31` };
}

/**
 * The plan status the caseload shows and filters on. Each step includes the one before:
 * - none: no plan, or a plan with nothing in it (everything removed again);
 * - started: something is in the plan, but it is not complete;
 * - complete_with_warnings: everything below for complete holds, but a warning is still open
 *   (neither fixed nor acknowledged with a note): the plan says what it needs and is not done;
 * - complete: no open warning, and cluster, pathway and program of study chosen, and the courses in grades 9–12
 *   plan every credit requirement: each area's planned credits (counts-as rules applied) reach
 *   what it requires, and so do the total credits. Non-credit requirements (the civics test)
 *   are not part of it: they are met by taking them, not by planning;
 * - reviewed: complete (so no open warning either), and last reviewed within the current school year (`reviewWindow`), so a
 *   plan reviewed in May shows as complete again from August 1, or from the day the counselor
 *   starts the next school year.
 */
export function planStatus(plan: Plan | null, progress: RequirementProgress, openWarnings: number, window: ReviewWindow): PlanStatus {
  if (!plan) return 'none';
  const chosen = plan.clusterCode !== null && plan.pathwayCode !== null && plan.programId !== null;
  return statusFrom({ hasContent: hasContent(plan), chosen, lastReviewed: plan.lastReviewed, openWarnings }, progress.allPlanned, window);
}

/** What the status rests on, so the caseload can work it out from a few columns instead of whole plans. */
export interface StatusFacts {
  hasContent: boolean;
  /** Cluster, pathway and program all chosen. */
  chosen: boolean;
  lastReviewed: string | null;
  /** Warnings neither fixed nor acknowledged (plan-warnings.ts openWarnings). */
  openWarnings: number;
}

export function statusFrom(facts: StatusFacts, allPlanned: boolean, window: ReviewWindow): PlanStatus {
  if (!facts.hasContent) return 'none';
  if (!facts.chosen || !allPlanned) return 'started';
  if (facts.openWarnings > 0) return 'complete_with_warnings';
  const reviewed = facts.lastReviewed !== null && facts.lastReviewed >= window.first && facts.lastReviewed <= window.last;
  return reviewed ? 'reviewed' : 'complete';
}
