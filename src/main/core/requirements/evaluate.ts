import { SUBJECT_AREA_LABELS, type Catalog, type Course, type SubjectArea } from '../../../shared/domain/catalog';
import type { PlanCourse, RequirementMet } from '../../../shared/domain/plan';
import type { AreaProgress, RequirementProgress } from '../../../shared/domain/plan-view';
import { isHighSchoolYear } from '../../../shared/domain/program';
import type { CountsAsRule, RequirementSet } from '../../../shared/domain/requirements';

/**
 * Requirement progress for one plan, twice over: "earned" counts completed courses only (with
 * the credits actually earned), "planned" counts every course in grades 9–12 (completed ones
 * with their earned credits, the rest with catalog credits). Postsecondary years and courses
 * the catalog no longer has count for nothing here (the latter raise a warning instead).
 * With a course history, the plan view passes the transcript laid over the plan
 * (plans/transcript-overlay.ts) to evaluateProgress: transcript courses earn what the file says,
 * failed and withdrawn ones nothing, and an unmatched one counts toward its credit type's area.
 *
 * Counts-as semantics, exactly:
 * 1. Every course counts in full toward its own area (5 English credits show as 5 of 4).
 * 2. Within an area, the requirement is filled first by courses that no rule could move, then
 *    by rule-matching ones, so rule-matching credits are the ones left over when possible.
 *    A course's credits beyond what its area needs are its surplus; in an area with no
 *    requirement (CTE, electives) all its credits are surplus.
 * 3. Rules run in the set's order. A rule moves surplus of matching courses (tag, and area when
 *    the rule names one; never a course already in the target area) to the target area, only
 *    as far as the target still falls short and never more than the rule's cap in total.
 *    Moved credits are spent: the same credit never counts toward two areas through rules.
 * 4. The total counts each credit once, whatever the rules did.
 * So 2 computer-science credits give at most 1 math credit, and none when math is already met.
 */
export function evaluateRequirements(
  set: RequirementSet,
  placed: readonly PlanCourse[],
  catalog: Catalog,
  met: readonly RequirementMet[] = [],
): RequirementProgress {
  return evaluateProgress(set, countedPlanCourses(placed, catalog), met);
}

/**
 * What one course brings to the requirements: its area and tags, and its credits twice over.
 * A plan course counts with its catalog area; a transcript course the catalog does not know
 * counts toward its credit type's area (core/history/attempts.ts) with no tags.
 */
export interface CountedCourse {
  area: SubjectArea;
  tags: readonly string[];
  earned: number;
  planned: number;
}

/** The counselor's courses as counted: grades 9–12, known to the catalog; a failed attempt (0 earned) counts 0. */
export function countedPlanCourses(placed: readonly PlanCourse[], catalog: Catalog): CountedCourse[] {
  return placed
    .filter((p) => isHighSchoolYear(p.year))
    .map((p) => ({ placed: p, course: catalog.courses.get(p.courseNumber) }))
    .filter((x): x is { placed: PlanCourse; course: Course } => x.course !== undefined)
    .map(({ placed: p, course }) => {
      const earned = p.status === 'completed' ? (p.creditsEarned ?? course.credits) : 0;
      return { area: course.area, tags: course.tags, earned, planned: p.status === 'completed' ? earned : course.credits };
    });
}

/** Requirement progress from courses already counted (a plan with its transcript laid over it). */
export function evaluateProgress(set: RequirementSet, counted: readonly CountedCourse[], met: readonly RequirementMet[] = []): RequirementProgress {
  const earnedItems = counted.map((c) => ({ area: c.area, tags: c.tags, credits: c.earned }));
  const plannedItems = counted.map((c) => ({ area: c.area, tags: c.tags, credits: c.planned }));
  const earned = allocate(set, earnedItems);
  const planned = allocate(set, plannedItems);

  const areas: AreaProgress[] = set.areas.map(({ area, credits: required }) => {
    const e = earned.byArea.get(area) ?? 0;
    const p = planned.byArea.get(area) ?? 0;
    return {
      area,
      label: SUBJECT_AREA_LABELS[area],
      required,
      earned: e,
      planned: p,
      met: p >= required,
      earnedMet: e >= required,
      countsAs: set.rules
        .filter((r) => r.toArea === area && ((planned.byRule.get(r.id) ?? 0) > 0 || (earned.byRule.get(r.id) ?? 0) > 0))
        .map((r) => ({ ruleId: r.id, description: r.description, earned: earned.byRule.get(r.id) ?? 0, planned: planned.byRule.get(r.id) ?? 0 })),
    };
  });
  const total = {
    required: set.totalCredits,
    earned: earned.total,
    planned: planned.total,
    met: planned.total >= set.totalCredits,
    earnedMet: earned.total >= set.totalCredits,
  };
  const metById = new Map(met.map((m) => [m.requirementId, m]));
  return {
    setName: set.name,
    classYear: set.classYear,
    areas,
    total,
    nonCredit: set.nonCredit.map((n) => ({
      id: n.id,
      name: n.name,
      description: n.description,
      met: metById.has(n.id),
      date: metById.get(n.id)?.date ?? null,
    })),
    allPlanned: areas.every((a) => a.met) && total.met,
  };
}

interface Item {
  area: SubjectArea;
  tags: readonly string[];
  credits: number;
}

function matches(rule: CountsAsRule, course: Item): boolean {
  return course.tags.includes(rule.fromTag) && (rule.fromArea === null || rule.fromArea === course.area) && course.area !== rule.toArea;
}

function allocate(set: RequirementSet, items: readonly Item[]) {
  const required = new Map(set.areas.map((a) => [a.area, a.credits]));
  const byArea = new Map<string, number>();
  const surplus = new Map<Item, number>();
  const movable = (item: Item) => set.rules.some((r) => matches(r, item));

  const areas = new Set(items.map((i) => i.area));
  for (const area of areas) {
    const inArea = items.filter((i) => i.area === area);
    const ordered = [...inArea.filter((i) => !movable(i)), ...inArea.filter(movable)];
    let need = required.get(area) ?? 0;
    for (const item of ordered) {
      const used = Math.min(item.credits, need);
      need -= used;
      surplus.set(item, item.credits - used);
      byArea.set(area, (byArea.get(area) ?? 0) + item.credits);
    }
  }

  const byRule = new Map<string, number>();
  for (const rule of set.rules) {
    const cap = rule.maxCredits ?? Number.POSITIVE_INFINITY;
    let moved = 0;
    for (const item of items) {
      if (!matches(rule, item)) continue;
      const shortfall = Math.max(0, (required.get(rule.toArea) ?? 0) - (byArea.get(rule.toArea) ?? 0));
      const take = Math.min(surplus.get(item) ?? 0, cap - moved, shortfall);
      if (take <= 0) continue;
      surplus.set(item, (surplus.get(item) ?? 0) - take);
      byArea.set(rule.toArea, (byArea.get(rule.toArea) ?? 0) + take);
      moved += take;
    }
    byRule.set(rule.id, moved);
  }
  const total = items.reduce((sum, i) => sum + i.credits, 0);
  return { byArea, byRule, total };
}
