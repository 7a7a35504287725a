import type { Catalog } from '../../../shared/domain/catalog';
import { planEdition, programTag2024 } from '../../../shared/domain/framework-choice';
import type { Plan } from '../../../shared/domain/plan';
import { PLAN_YEARS, type PlanYear, type ProgramOfStudy } from '../../../shared/domain/program';
import { findPathway } from '../framework/lookup';
import { nextItemId, newPlanCourse, slotGroup } from './placement';

export interface ApplyProgramOptions {
  /** Years before this one are history (the student is past them) and are left as they are. */
  fromYear?: PlanYear;
}

/**
 * Fills the plan from a program of study without overwriting anything the counselor placed:
 * - the plan's cluster, pathway and program become the program's; a plan on the 2024 framework
 *   takes the program's 2024 tag as its 2024 choice too (withProgram2024);
 * - a course already in the plan, in any year, is not added again;
 * - a slot already taken is not replaced. A slot is one of the program's courses for a year
 *   and subject area (postsecondary entries share one group per year): when the plan already
 *   holds k courses of that area in that year, the program's first k courses for it are
 *   skipped, so a counselor's Algebra 2 in grade 10 keeps the program's Geometry out of it;
 * - years before `fromYear` are not filled;
 * - the program's credentials are added as planned (unless one of the same name is there),
 *   and its outcome becomes the postsecondary plan only when that is still empty.
 * Pure: the caller saves the result.
 */
export function applyProgram(plan: Plan, program: ProgramOfStudy, catalog: Catalog, opts: ApplyProgramOptions = {}): Plan {
  const pathway = findPathway(program.pathwayCode);
  let next: Plan = {
    ...withProgram2024(plan, program),
    clusterCode: pathway?.clusterCode ?? plan.clusterCode,
    pathwayCode: program.pathwayCode,
    programId: program.id,
    courses: [...plan.courses],
  };
  const present = new Set(plan.courses.map((c) => c.courseNumber));
  const start = opts.fromYear ? PLAN_YEARS.indexOf(opts.fromYear) : 0;

  for (const year of PLAN_YEARS.slice(start)) {
    const occupied = new Map<string, number>();
    for (const c of plan.courses.filter((c) => c.year === year)) {
      const group = slotGroup(year, c.courseNumber, catalog);
      if (group) occupied.set(group, (occupied.get(group) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    for (const code of program.years[year]) {
      const group = slotGroup(year, code, catalog);
      if (group === null) continue; // not in this catalog: nothing to place
      if (catalog.courses.get(code)?.retired) continue; // retired: kept where placed, never placed anew
      const slot = seen.get(group) ?? 0;
      seen.set(group, slot + 1);
      if (slot < (occupied.get(group) ?? 0) || present.has(code)) continue;
      next = { ...next, courses: [...next.courses, newPlanCourse(next, year, code, catalog)] };
      present.add(code);
    }
  }

  const names = new Set(next.credentials.map((c) => c.name.toLowerCase()));
  const credentials = [...next.credentials];
  for (const name of program.credentials) {
    if (names.has(name.toLowerCase())) continue;
    credentials.push({ id: nextItemId('cr', credentials), name, issuer: null, status: 'planned', date: null });
    names.add(name.toLowerCase());
  }
  const ps = next.postsecondary;
  const postsecondary =
    ps.institution === null && ps.program === null && ps.credentialType === null
      ? { institution: program.leadsTo.institution, program: program.leadsTo.title, credentialType: program.leadsTo.credentialType }
      : ps;
  return { ...next, credentials, postsecondary };
}

/**
 * A plan on the 2024 framework (framework-choice.ts planEdition) takes the program's 2024 tag, set
 * or derived, as its 2024 choice; a plan on the 16 clusters is left on them (its 16-cluster choice is
 * the program's pathway, set by the caller). A program the crosswalk gives no 2024 place leaves the
 * plan's 2024 choice as it was.
 */
export function withProgram2024(plan: Plan, program: ProgramOfStudy): Plan {
  if (planEdition(plan) !== '2024') return plan;
  const tag = programTag2024(program).choice;
  if (tag === null) return plan;
  const { edition: _made2024, ...rest } = plan;
  return { ...rest, choice2024: tag };
}
