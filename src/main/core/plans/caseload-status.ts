import type { Database as Db } from 'better-sqlite3';
import type { PlanCourse } from '../../../shared/domain/plan';
import type { PlanStatus } from '../../../shared/domain/student';
import { loadCatalog } from '../courses/repository';
import { evaluateRequirements } from '../requirements/evaluate';
import { requirementSetLookup } from '../requirements/repository';
import { statusFrom } from './status';

export interface PlanSummary {
  planStatus: PlanStatus;
  clusterCode: string | null;
}

interface PlanFacts {
  student_number: string;
  cluster_code: string | null;
  chosen: number;
  filled: number;
  last_reviewed: string | null;
  class_year: number | null;
}

/**
 * Plan status and chosen cluster for every student who has a plan, computed live (catalog and
 * requirement edits change a status at once, with nothing stored to go stale) but from the few
 * columns status rests on, not whole plans: a school of 2,000 plans stays well inside the
 * 100 ms the main process may block. Same rules as planStatus (status.ts); students missing
 * from the map have no plan: status none, no cluster.
 */
export function planSummaries(db: Db, today = new Date()): Map<string, PlanSummary> {
  const facts = db
    .prepare(
      `SELECT p.student_number, p.cluster_code, p.last_reviewed, s.class_year,
              (p.cluster_code IS NOT NULL AND p.pathway_code IS NOT NULL AND p.program_id IS NOT NULL) AS chosen,
              (p.cluster_code IS NOT NULL OR p.pathway_code IS NOT NULL OR p.program_id IS NOT NULL
                OR p.second_cluster_code IS NOT NULL OR p.career_interests <> '[]' OR p.ps_institution IS NOT NULL
                OR p.ps_program IS NOT NULL OR p.ps_credential_type IS NOT NULL OR p.notes IS NOT NULL
                OR p.last_reviewed IS NOT NULL
                OR EXISTS (SELECT 1 FROM plan_course c WHERE c.student_number = p.student_number)
                OR EXISTS (SELECT 1 FROM plan_goal g WHERE g.student_number = p.student_number)
                OR EXISTS (SELECT 1 FROM plan_experience e WHERE e.student_number = p.student_number)
                OR EXISTS (SELECT 1 FROM plan_credential r WHERE r.student_number = p.student_number)) AS filled
         FROM plan p JOIN student s ON s.student_number = p.student_number`,
    )
    .all() as PlanFacts[];
  if (facts.length === 0) return new Map();

  // Only what evaluation reads: grades 9–12, course, status, credits earned.
  const courses = new Map<string, PlanCourse[]>();
  const rows = db
    .prepare(`SELECT student_number, year, course_number, status, credits_earned FROM plan_course WHERE year IN ('9', '10', '11', '12')`)
    .raw()
    .all() as [string, PlanCourse['year'], string, PlanCourse['status'], number | null][];
  for (const [student, year, courseNumber, status, creditsEarned] of rows) {
    const course: PlanCourse = { id: 'c-0', year, term: 'full_year', courseNumber, status, grade: null, creditsEarned };
    const list = courses.get(student);
    if (list) list.push(course);
    else courses.set(student, [course]);
  }

  const catalog = loadCatalog(db);
  const setFor = requirementSetLookup(db);
  const summaries = new Map<string, PlanSummary>();
  for (const f of facts) {
    // Requirements only matter once cluster, pathway and program are chosen.
    const allPlanned = f.chosen === 1 && evaluateRequirements(setFor(f.class_year), courses.get(f.student_number) ?? [], catalog).allPlanned;
    const planStatus = statusFrom({ hasContent: f.filled === 1, chosen: f.chosen === 1, lastReviewed: f.last_reviewed }, allPlanned, today);
    summaries.set(f.student_number, { planStatus, clusterCode: f.cluster_code });
  }
  return summaries;
}
