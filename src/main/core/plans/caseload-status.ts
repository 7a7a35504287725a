import type { Database as Db } from 'better-sqlite3';
import type { Acknowledgement, PlanCourse } from '../../../shared/domain/plan';
import { isHighSchoolYear } from '../../../shared/domain/program';
import type { OnTrack, OnTrackVerdict, RequirementProgress } from '../../../shared/domain/plan-view';
import type { PlanStatus } from '../../../shared/domain/student';
import type { TranscriptCourse } from '../history/attempts';
import { loadCatalog } from '../courses/repository';
import { runInSlices } from '../jobs/slices';
import { evaluateProgress } from '../requirements/evaluate';
import { requirementSetLookup } from '../requirements/repository';
import { isAlternate } from './alternates';
import { caseloadTranscripts } from './history-rows';
import { currentGrade, onTrack } from './on-track';
import { reviewWindowIn } from './school-year';
import { statusFrom } from './status';
import { layTranscript } from './transcript-overlay';
import { openWarnings, warningsOf } from './plan-warnings';

export interface PlanSummary {
  planStatus: PlanStatus;
  clusterCode: string | null;
  /** Credits earned (transcript and courses completed by hand, each counted once); null before any course history. */
  creditsEarned: number | null;
  onTrack: OnTrackVerdict;
}

interface PlanFacts {
  student_number: string;
  cluster_code: string | null;
  chosen: number;
  filled: number;
  last_reviewed: string | null;
}

type CourseRow = [string, string, PlanCourse['year'], PlanCourse['term'], string, PlanCourse['status'], number | null, string | null, number | null];

interface StudentFacts {
  student_number: string;
  grade: number | null;
  class_year: number | null;
}

/**
 * Everything the caseload's verdicts rest on for one student, for the reports that break them
 * down (why off track, which CTE courses count): the same figures the caseload shows, not a
 * second derivation.
 */
export interface PlanStanding {
  summary: PlanSummary;
  /** The student's grade today (from the class year when known). */
  grade: number | null;
  progress: RequirementProgress;
  onTrack: OnTrack;
  /** The counselor's courses that still count once the transcript is laid over them (grades 9–12, no alternates, each course once). */
  planCourses: PlanCourse[];
  /** The transcript's courses; empty before any course history. */
  transcript: readonly TranscriptCourse[];
}

const NO_PLAN: PlanSummary = { planStatus: 'none', clusterCode: null, creditsEarned: null, onTrack: 'unknown' };

/**
 * Plan status, chosen cluster, credits earned and the on-track verdict for every student,
 * computed live (catalog, requirement and history changes show at once, nothing stored to go
 * stale) but in bulk: the few plan columns status rests on, every plan course in one query, the
 * whole course history in one read (kept), a page of plans at a time, and the same rules as the plan view (status.ts, the
 * transcript overlay, on-track.ts), in slices of the serving thread (jobs/slices.ts). Students missing from the map have neither a plan nor a
 * history: status none, no cluster, nothing earned, on track unknown.
 */
export async function planStandings(db: Db, today = new Date()): Promise<Map<string, PlanStanding>> {
  const factsIn = db.prepare(
    `SELECT p.student_number, p.cluster_code, p.last_reviewed,
        (p.cluster_code IS NOT NULL AND p.pathway_code IS NOT NULL AND p.program_id IS NOT NULL) AS chosen,
        (p.cluster_code IS NOT NULL OR p.pathway_code IS NOT NULL OR p.program_id IS NOT NULL
          OR p.second_cluster_code IS NOT NULL OR p.career_interests <> '[]' OR p.ps_institution IS NOT NULL
          OR p.ps_program IS NOT NULL OR p.ps_credential_type IS NOT NULL OR p.notes IS NOT NULL
          OR p.last_reviewed IS NOT NULL
          OR EXISTS (SELECT 1 FROM plan_course c WHERE c.student_number = p.student_number)
          OR EXISTS (SELECT 1 FROM plan_goal g WHERE g.student_number = p.student_number)
          OR EXISTS (SELECT 1 FROM plan_experience e WHERE e.student_number = p.student_number)
          OR EXISTS (SELECT 1 FROM plan_credential r WHERE r.student_number = p.student_number)) AS filled
     FROM plan p WHERE p.student_number BETWEEN ? AND ?`,
  );
  // What evaluation and the plan's warnings read: every course (an alternate and an after-high-school
  // course can be warned about), in the plan's order; the grade letter is the only column left out.
  const coursesIn = db
    .prepare(
      `SELECT student_number, id, year, term, course_number, status, credits_earned, alternate_for, alternate_rank FROM plan_course
        WHERE student_number BETWEEN ? AND ? ORDER BY student_number, position`,
    )
    .raw();
  const acknowledgementsIn = db.prepare('SELECT student_number, warning_id, note, date FROM plan_acknowledgement WHERE student_number BETWEEN ? AND ?').raw();
  const setFor = requirementSetLookup(db);
  const students = db.prepare('SELECT student_number, grade, class_year FROM student ORDER BY student_number').all() as StudentFacts[];
  const catalog = loadCatalog(db);
  const transcriptOf = await caseloadTranscripts(db, catalog, new Map(students.map((s) => [s.student_number, s.class_year])));
  const standings = new Map<string, PlanStanding>();
  const window = reviewWindowIn(db, today);
  // A school's plan courses are half a million rows at 20,000 students: read whole they held the
  // serving thread for seconds. Read a page of students' plans at a time (the primary key's range
  // of student numbers), each page its own slice; nothing stays open across a yield.
  await runInSlices(pages(students, STUDENTS_PER_PAGE), (page) => {
    const first = page[0]!.student_number;
    const last = page[page.length - 1]!.student_number;
    const facts = new Map((factsIn.all(first, last) as PlanFacts[]).map((f) => [f.student_number, f]));
    const courses = new Map<string, PlanCourse[]>();
    for (const [student, id, year, term, courseNumber, status, creditsEarned, alternateFor, alternateRank] of coursesIn.all(first, last) as CourseRow[]) {
      const course: PlanCourse = {
        id, year, term, courseNumber, status, grade: null, creditsEarned,
        ...(alternateFor !== null ? { alternate: { forCourseId: alternateFor, rank: alternateRank ?? 1 } } : {}),
      };
      const list = courses.get(student);
      if (list) list.push(course);
      else courses.set(student, [course]);
    }
    const acknowledgements = new Map<string, Acknowledgement[]>();
    for (const [student, warningId, note, date] of acknowledgementsIn.all(first, last) as [string, string, string, string][]) {
      acknowledgements.set(student, [...(acknowledgements.get(student) ?? []), { warningId, note, date }]);
    }
    for (const s of page) {
      const f = facts.get(s.student_number);
      const transcript = transcriptOf(s.student_number);
      if (!f && !transcript) continue;
      const set = setFor(s.class_year);
      const placed = courses.get(s.student_number) ?? [];
      const overlay = layTranscript(placed, transcript ?? [], catalog);
      const progress = evaluateProgress(set, overlay.counted);
      const grade = currentGrade({ grade: s.grade, classYear: s.class_year }, today);
      // Requirements only make a plan complete once cluster, pathway and program are chosen; warnings
      // are worked out only for a plan that far along (the others are started or none whatever they hold).
      const open = f && f.chosen === 1 && progress.allPlanned ? openWarnings(warningsOf(placed, acknowledgements.get(s.student_number) ?? [], transcript ?? [], overlay, catalog)) : 0;
      const planStatus = f ? statusFrom({ hasContent: f.filled === 1, chosen: f.chosen === 1, lastReviewed: f.last_reviewed, openWarnings: open }, f.chosen === 1 && progress.allPlanned, window) : 'none';
      const verdict = onTrack({ grade, set, progress, hasRecord: overlay.hasRecord });
      const summary: PlanSummary = {
        planStatus,
        clusterCode: f?.cluster_code ?? null,
        creditsEarned: transcript ? progress.total.earned : null,
        onTrack: verdict.verdict,
      };
      const planCourses = placed.filter(
        (c) => isHighSchoolYear(c.year) && !isAlternate(c) && !overlay.hidden.has(c.id) && !overlay.alreadyPassed.has(c.id) && !overlay.duplicates.has(c.id) && !overlay.repeats.has(c.id),
      );
      standings.set(s.student_number, { summary, grade, progress, onTrack: verdict, planCourses, transcript: transcript ?? [] });
    }
  }, 0);
  return standings;
}

/** Students evaluated per slice: about 7,000 plan course rows and a few milliseconds. */
const STUDENTS_PER_PAGE = 250;

function* pages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The caseload's columns of planStandings. */
export async function planSummaries(db: Db, today = new Date()): Promise<Map<string, PlanSummary>> {
  const summaries = new Map<string, PlanSummary>();
  for (const [studentNumber, standing] of await planStandings(db, today)) summaries.set(studentNumber, standing.summary);
  return summaries;
}

export function summaryOf(summaries: ReadonlyMap<string, PlanSummary>, studentNumber: string): PlanSummary {
  return summaries.get(studentNumber) ?? NO_PLAN;
}
