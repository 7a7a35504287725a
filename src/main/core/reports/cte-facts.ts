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

/** The rows programNames lays out (cte-facts' SQLite reads, reads-as.ts's typed ones). */
export interface ProgramRows {
  clusters: { code: string; name: string; position: number }[];
  pathways: { code: string; name: string; cluster_code: string }[];
  programs: { id: string; name: string; pathway_code: string }[];
  /** Distinct, ordered by program then course: a course's programs in one order on both stores. */
  programCourses: { program_id: string; course_code: string }[];
}

export function programNamesOf(rows: ProgramRows): ProgramNames {
  const clusters = new Map(rows.clusters.map((c) => [c.code, { name: c.name, position: c.position }]));
  const pathways = new Map(rows.pathways.map((p) => [p.code, { name: p.name, clusterCode: p.cluster_code }]));
  const programs = new Map(
    rows.programs.map((p) => [p.id, { name: p.name, pathwayCode: p.pathway_code, clusterCode: pathways.get(p.pathway_code)?.clusterCode ?? '' }]),
  );
  const programsOfCourse = groupRows(rows.programCourses, (r) => r.course_code, (r) => r.program_id);
  return { programs, pathways, clusters, programsOfCourse };
}

export function programNames(db: Db): ProgramNames {
  return programNamesOf({
    clusters: db.prepare('SELECT code, name, position FROM career_cluster').all() as ProgramRows['clusters'],
    pathways: db.prepare('SELECT code, name, cluster_code FROM career_pathway').all() as ProgramRows['pathways'],
    programs: db.prepare('SELECT id, name, pathway_code FROM program').all() as ProgramRows['programs'],
    programCourses: db.prepare('SELECT DISTINCT program_id, course_code FROM program_course ORDER BY program_id, course_code').all() as ProgramRows['programCourses'],
  });
}

/** Rows grouped under a key (a student number, a course), in the rows' order. */
export function groupRows<R, V>(rows: Iterable<R>, keyOf: (r: R) => string, valueOf: (r: R) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const r of rows) {
    const list = map.get(keyOf(r));
    if (list) list.push(valueOf(r));
    else map.set(keyOf(r), [valueOf(r)]);
  }
  return map;
}

/** The plan's chosen cluster, pathway and program, and its credentials and work-based learning, for every plan. */
export interface PlanChoices {
  clusterCode: string | null;
  pathwayCode: string | null;
  programId: string | null;
}

export interface PlanChoiceRow {
  student_number: string;
  cluster_code: string | null;
  pathway_code: string | null;
  program_id: string | null;
}

export function planChoicesOf(rows: readonly PlanChoiceRow[]): Map<string, PlanChoices> {
  return new Map(rows.map((r) => [r.student_number, { clusterCode: r.cluster_code, pathwayCode: r.pathway_code, programId: r.program_id }]));
}

export function planChoices(db: Db): Map<string, PlanChoices> {
  return planChoicesOf(db.prepare('SELECT student_number, cluster_code, pathway_code, program_id FROM plan').all() as PlanChoiceRow[]);
}

export function credentialsByStudent(db: Db): Map<string, { status: 'planned' | 'earned' }[]> {
  const rows = db.prepare('SELECT student_number, status FROM plan_credential').all() as { student_number: string; status: 'planned' | 'earned' }[];
  return groupRows(rows, (r) => r.student_number, (r) => ({ status: r.status }));
}

export function experiencesByStudent(db: Db): Map<string, { type: string; hours: number | null }[]> {
  const rows = db.prepare('SELECT student_number, type, hours FROM plan_experience').all() as { student_number: string; type: string; hours: number | null }[];
  return groupRows(rows, (r) => r.student_number, (r) => ({ type: r.type, hours: r.hours }));
}
