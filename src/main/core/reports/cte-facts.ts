import type { Database as Db } from 'better-sqlite3';
import type { Catalog, Course } from '../../../shared/domain/catalog';
import type { PlanStanding } from '../plans/caseload-status';

/**
 * What the CTE report counts for one student, from the plan as the caseload reads it (the
 * counselor's courses that still count once the transcript is laid over them) and the transcript.
 * A course is completed when the transcript shows it passed or the counselor completed it by
 * hand with credit; planned when it is planned or under way. Failed and withdrawn ones are neither.
 * Only CTE and dual-credit courses are kept: nothing else is counted here, and a school's 20,000
 * plans hold some 700,000 courses.
 */
export interface CourseTaken {
  course: Course;
  state: 'completed' | 'planned';
}

const counted = (course: Course) => course.flags.cte || course.flags.dualCredit !== null;

export function coursesTaken(standing: PlanStanding, catalog: Catalog): CourseTaken[] {
  const taken: CourseTaken[] = [];
  for (const t of standing.transcript) {
    if (t.course === null || !counted(t.course)) continue;
    if (t.status === 'completed' && t.creditsEarned > 0) taken.push({ course: t.course, state: 'completed' });
    else if (t.status === 'in_progress') taken.push({ course: t.course, state: 'planned' });
  }
  for (const c of standing.planCourses) {
    const course = catalog.courses.get(c.courseNumber);
    if (!course || !counted(course)) continue;
    if (c.status === 'completed') {
      if (c.creditsEarned !== 0) taken.push({ course, state: 'completed' });
    } else taken.push({ course, state: 'planned' });
  }
  return taken;
}

/** Concentration in one program of study: distinct CTE courses of the program, completed and completed-or-planned. */
export interface Concentration {
  programId: string;
  completed: number;
  withPlanned: number;
}

/** A CTE concentrator (Perkins V): two or more CTE courses in one program of study. */
export const CONCENTRATOR_COURSES = 2;

/**
 * Counts, per program of study, the distinct CTE courses (catalog cte flag) of that program's
 * course list a student has completed, and has completed or planned. A course listed in two
 * programs counts toward each.
 */
export function concentrations(taken: readonly CourseTaken[], programsOfCourse: ReadonlyMap<string, readonly string[]>): Concentration[] {
  const completed = new Map<string, Set<string>>();
  const withPlanned = new Map<string, Set<string>>();
  for (const { course, state } of taken) {
    if (!course.flags.cte) continue;
    for (const programId of programsOfCourse.get(course.number) ?? []) {
      if (state === 'completed') add(completed, programId, course.number);
      add(withPlanned, programId, course.number);
    }
  }
  return [...withPlanned.entries()].map(([programId, set]) => ({ programId, completed: completed.get(programId)?.size ?? 0, withPlanned: set.size }));
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export interface ProgramNames {
  /** program id → its name, pathway and cluster. */
  programs: Map<string, { name: string; pathwayCode: string; clusterCode: string }>;
  pathways: Map<string, { name: string; clusterCode: string }>;
  clusters: Map<string, { name: string; position: number }>;
  /** course number → the programs of study whose course list holds it. */
  programsOfCourse: Map<string, string[]>;
}

export function programNames(db: Db): ProgramNames {
  const clusters = new Map(
    (db.prepare('SELECT code, name, position FROM career_cluster').all() as { code: string; name: string; position: number }[]).map((c) => [c.code, { name: c.name, position: c.position }]),
  );
  const pathways = new Map(
    (db.prepare('SELECT code, name, cluster_code FROM career_pathway').all() as { code: string; name: string; cluster_code: string }[]).map((p) => [p.code, { name: p.name, clusterCode: p.cluster_code }]),
  );
  const programs = new Map(
    (db.prepare('SELECT id, name, pathway_code FROM program').all() as { id: string; name: string; pathway_code: string }[]).map((p) => [
      p.id,
      { name: p.name, pathwayCode: p.pathway_code, clusterCode: pathways.get(p.pathway_code)?.clusterCode ?? '' },
    ]),
  );
  const programsOfCourse = new Map<string, string[]>();
  for (const r of db.prepare('SELECT DISTINCT program_id, course_code FROM program_course').all() as { program_id: string; course_code: string }[]) {
    const list = programsOfCourse.get(r.course_code);
    if (list) list.push(r.program_id);
    else programsOfCourse.set(r.course_code, [r.program_id]);
  }
  return { programs, pathways, clusters, programsOfCourse };
}

/** The plan's chosen cluster, pathway and program, and its credentials and work-based learning, for every plan. */
export interface PlanChoices {
  clusterCode: string | null;
  pathwayCode: string | null;
  programId: string | null;
}

export function planChoices(db: Db): Map<string, PlanChoices> {
  const rows = db.prepare('SELECT student_number, cluster_code, pathway_code, program_id FROM plan').all() as {
    student_number: string;
    cluster_code: string | null;
    pathway_code: string | null;
    program_id: string | null;
  }[];
  return new Map(rows.map((r) => [r.student_number, { clusterCode: r.cluster_code, pathwayCode: r.pathway_code, programId: r.program_id }]));
}

export function credentialsByStudent(db: Db): Map<string, { status: 'planned' | 'earned' }[]> {
  const map = new Map<string, { status: 'planned' | 'earned' }[]>();
  for (const r of db.prepare('SELECT student_number, status FROM plan_credential').all() as { student_number: string; status: 'planned' | 'earned' }[]) {
    const list = map.get(r.student_number);
    if (list) list.push({ status: r.status });
    else map.set(r.student_number, [{ status: r.status }]);
  }
  return map;
}

export function experiencesByStudent(db: Db): Map<string, { type: string; hours: number | null }[]> {
  const map = new Map<string, { type: string; hours: number | null }[]>();
  for (const r of db.prepare('SELECT student_number, type, hours FROM plan_experience').all() as { student_number: string; type: string; hours: number | null }[]) {
    const list = map.get(r.student_number);
    if (list) list.push({ type: r.type, hours: r.hours });
    else map.set(r.student_number, [{ type: r.type, hours: r.hours }]);
  }
  return map;
}
