import type { Catalog } from '../../../shared/domain/catalog';
import type { Acknowledgement, PlanCourse } from '../../../shared/domain/plan';
import type { OnTrack, OnTrackVerdict, RequirementProgress } from '../../../shared/domain/plan-view';
import { isHighSchoolYear } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { PlanStatus } from '../../../shared/domain/student';
import type { TranscriptCourse } from '../history/attempts';
import { evaluateProgress } from '../requirements/evaluate';
import { isAlternate } from './alternates';
import { currentGrade, onTrack } from './on-track';
import { openWarnings, warningsOf } from './plan-warnings';
import { statusFrom, type ReviewWindow } from './status';
import { layTranscript } from './transcript-overlay';

/*
 * One student's standing for the caseload and the reports: the rule, pure, over rows either store
 * fetched. The workstation reads them synchronously from SQLite (caseload-status.ts), the
 * department server on the typed layer as the signed-in counselor (caseload-as.ts); both hand
 * them here, so a plan's status and on-track verdict are worked out one way.
 */

export interface PlanSummary {
  planStatus: PlanStatus;
  clusterCode: string | null;
  /** Credits earned (transcript and courses completed by hand, each counted once); null before any course history. */
  creditsEarned: number | null;
  onTrack: OnTrackVerdict;
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

/** The few plan columns status rests on (PLAN_FACTS_COLUMNS computes them in SQL, on both stores). */
export interface PlanFacts {
  student_number: string;
  cluster_code: string | null;
  /** 1 when cluster, pathway and program are all chosen. */
  chosen: number;
  /** 1 when anything at all is written into the plan (status.ts hasContent, in SQL). */
  filled: number;
  last_reviewed: string | null;
}

/**
 * PlanFacts' columns over `plan p`, written once for both stores: CASE gives 0/1 integers on
 * SQLite and PostgreSQL alike (a bare comparison is a boolean on PostgreSQL).
 */
export const PLAN_FACTS_COLUMNS = `p.student_number, p.cluster_code, p.last_reviewed,
  CASE WHEN p.cluster_code IS NOT NULL AND p.pathway_code IS NOT NULL AND p.program_id IS NOT NULL THEN 1 ELSE 0 END AS chosen,
  CASE WHEN p.cluster_code IS NOT NULL OR p.pathway_code IS NOT NULL OR p.program_id IS NOT NULL
    OR p.second_cluster_code IS NOT NULL OR p.cluster_2024 IS NOT NULL OR p.career_interests <> '[]' OR p.ps_institution IS NOT NULL
    OR p.ps_program IS NOT NULL OR p.ps_credential_type IS NOT NULL OR p.notes IS NOT NULL
    OR p.last_reviewed IS NOT NULL
    OR EXISTS (SELECT 1 FROM plan_course c WHERE c.student_number = p.student_number)
    OR EXISTS (SELECT 1 FROM plan_goal g WHERE g.student_number = p.student_number)
    OR EXISTS (SELECT 1 FROM plan_experience e WHERE e.student_number = p.student_number)
    OR EXISTS (SELECT 1 FROM plan_credential r WHERE r.student_number = p.student_number) THEN 1 ELSE 0 END AS filled`;

/**
 * The plan course columns the standings read, in this order (every course: an alternate and an
 * after-high-school course can be warned about; the grade letter is the only column left out).
 */
export const STANDING_COURSE_COLUMNS = 'student_number, id, year, term, course_number, status, credits_earned, alternate_for, alternate_rank';

export type StandingCourseRow = [string, string, PlanCourse['year'], PlanCourse['term'], string, PlanCourse['status'], number | null, string | null, number | null];

/** Rows of STANDING_COURSE_COLUMNS (in the plan's order) → each student's courses. */
export function coursesByStudent(rows: Iterable<StandingCourseRow>): Map<string, PlanCourse[]> {
  const courses = new Map<string, PlanCourse[]>();
  for (const [student, id, year, term, courseNumber, status, creditsEarned, alternateFor, alternateRank] of rows) {
    const course: PlanCourse = {
      id, year, term, courseNumber, status, grade: null, creditsEarned,
      ...(alternateFor !== null ? { alternate: { forCourseId: alternateFor, rank: alternateRank ?? 1 } } : {}),
    };
    const list = courses.get(student);
    if (list) list.push(course);
    else courses.set(student, [course]);
  }
  return courses;
}

/** Rows of (student_number, warning_id, note, date) → each student's acknowledgements. */
export function acknowledgementsByStudent(rows: Iterable<[string, string, string, string]>): Map<string, Acknowledgement[]> {
  const acknowledgements = new Map<string, Acknowledgement[]>();
  for (const [student, warningId, note, date] of rows) {
    acknowledgements.set(student, [...(acknowledgements.get(student) ?? []), { warningId, note, date }]);
  }
  return acknowledgements;
}

export interface StandingInput {
  student: { grade: number | null; classYear: number | null };
  /** The plan's facts; undefined when the student has no plan. */
  facts: PlanFacts | undefined;
  courses: readonly PlanCourse[];
  acknowledgements: readonly Acknowledgement[];
  /** null before any course history. */
  transcript: readonly TranscriptCourse[] | null;
  set: RequirementSet;
  catalog: Catalog;
  today: Date;
  window: ReviewWindow;
}

/** The standing, or null for a student with neither a plan nor a history (status none, nothing earned, on track unknown). */
export function standingOf({ student, facts: f, courses: placed, acknowledgements, transcript, set, catalog, today, window }: StandingInput): PlanStanding | null {
  if (!f && !transcript) return null;
  const overlay = layTranscript(placed, transcript ?? [], catalog);
  const progress = evaluateProgress(set, overlay.counted);
  const grade = currentGrade(student, today);
  // Requirements only make a plan complete once cluster, pathway and program are chosen; warnings
  // are worked out only for a plan that far along (the others are started or none whatever they hold).
  const open = f && f.chosen === 1 && progress.allPlanned ? openWarnings(warningsOf(placed, acknowledgements, transcript ?? [], overlay, catalog)) : 0;
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
  return { summary, grade, progress, onTrack: verdict, planCourses, transcript: transcript ?? [] };
}

const NO_PLAN: PlanSummary = { planStatus: 'none', clusterCode: null, creditsEarned: null, onTrack: 'unknown' };

export function summaryOf(summaries: ReadonlyMap<string, PlanSummary>, studentNumber: string): PlanSummary {
  return summaries.get(studentNumber) ?? NO_PLAN;
}
