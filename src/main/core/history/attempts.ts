import type { Course, SubjectArea } from '../../../shared/domain/catalog';
import { schoolYearText } from '../../../shared/domain/history';
import type { Term } from '../../../shared/domain/plan';
import type { TranscriptFacts } from '../../../shared/domain/plan-view';
import type { HIGH_SCHOOL_YEARS } from '../../../shared/domain/program';
import type { CourseMatcher } from './match';
import type { TranscriptRow } from './repository';

/**
 * A student's transcript rows put together into courses, the way a counselor reads a transcript:
 * the two semesters (or four quarters) of Biology in 2024-25 are ONE course with its credits
 * summed and every grade kept; Biology again in 2025-26 is a second attempt (a retake), not a
 * duplicate. Pure: the plan view and the caseload both call it with what they read once.
 */

type HighSchoolYear = (typeof HIGH_SCHOOL_YEARS)[number];

export type TranscriptStatus = 'completed' | 'failed' | 'withdrawn' | 'in_progress';

export interface TranscriptCourse {
  /** Stable while the rows last: the first row's id. */
  id: string;
  /** The catalog course, or null when the catalog does not know it (matchedBy 'none'). */
  course: Course | null;
  /** The catalog number when matched, else the transcript's number (or its title when it has none). */
  courseNumber: string;
  title: string;
  /** The catalog course's area; for an unmatched course its credit type's area, or elective. */
  area: SubjectArea;
  year: HighSchoolYear;
  term: Term;
  status: TranscriptStatus;
  /** The final grades as written ("B+/A" for two semesters); null while in progress without one. */
  grade: string | null;
  /** Credits the finals earned (0 for a failed or withdrawn course). */
  creditsEarned: number;
  /** Credits the course stands for while planned: earned when done, else the catalog's or attempted. */
  credits: number;
  facts: TranscriptFacts;
}

interface Options {
  matcher: CourseMatcher;
  /** A credit type → subject area, through the catalog department mapping; null when unmapped. */
  areaOf: (creditType: string) => SubjectArea | null;
  /** To place rows that give only a school year. */
  classYear: number | null;
}

/** Where a term falls in the year, as the quarters it spans: Y1, F1, '' and anything unknown span the year. */
function readSpan(term: string): [number, number] {
  const t = term.trim().toUpperCase();
  const q = /^Q([1-4])$/.exec(t);
  if (q) return [Number(q[1]), Number(q[1])];
  if (t === 'S1' || t === 'T1') return t === 'S1' ? [1, 2] : [1, 1];
  if (t === 'S2' || t === 'T3') return t === 'S2' ? [3, 4] : [4, 4];
  if (t === 'T2') return [2, 3];
  return [1, 4];
}

// A school writes a handful of terms; the caseload reads each a few hundred thousand times.
const spans = new Map<string, [number, number]>();
function termSpan(term: string): [number, number] {
  let span = spans.get(term);
  if (span === undefined) {
    span = readSpan(term);
    if (spans.size < 1000) spans.set(term, span);
  }
  return span;
}

/** Term order for the grades list: by where the term ends, then where it starts (Q1, Q2, S1, Q3, Q4, S2, Y1). */
function termOrder(a: string, b: string): number {
  const [sa, ea] = termSpan(a);
  const [sb, eb] = termSpan(b);
  return ea - eb || sb - sa || a.localeCompare(b);
}

function planTerm(span: [number, number], length: Course['length'] | null): Term {
  const [start, end] = span;
  if (length === 'year') return 'full_year';
  if (length === 'semester' && end <= 2) return 'S1';
  if (length === 'semester' && start >= 3) return 'S2';
  if (length === 'quarter' && start === end) return `Q${start}` as Term;
  if (start === 1 && end === 4) return 'full_year';
  if (start === 1 && end === 2) return 'S1';
  if (start === 3 && end === 4) return 'S2';
  if (start === end) return `Q${start}` as Term;
  return 'full_year';
}

/** A progress grade (Q3) is covered by a final whose term includes it (S2, Y1): then the course is not still under way. */
function covered(progress: TranscriptRow, finals: readonly TranscriptRow[]): boolean {
  const [s, e] = termSpan(progress.term);
  return finals.some((f) => {
    const [fs, fe] = termSpan(f.term);
    return fs <= s && fe >= e;
  });
}

function statusOf(rows: readonly TranscriptRow[]): TranscriptStatus {
  const finals = rows.filter((r) => !r.progress);
  if (finals.length === 0) return 'in_progress';
  if (finals.some((r) => r.result === 'in_progress' || r.result === 'incomplete')) return 'in_progress';
  if (rows.some((r) => r.progress && !covered(r, finals))) return 'in_progress';
  if (finals.some((r) => r.result === 'passed')) return 'completed';
  if (finals.every((r) => r.result === 'withdrawn')) return 'withdrawn';
  return 'failed';
}

function sum(values: readonly (number | null)[]): number | null {
  return values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The grade in the plan: a grade below 9 (a high-school course taken in grade 8) sits in grade 9. */
function planYear(gradeLevel: number | null): HighSchoolYear {
  if (gradeLevel === null || gradeLevel <= 9) return '9';
  return String(Math.min(gradeLevel, 12)) as HighSchoolYear;
}

interface Group {
  rows: TranscriptRow[];
  match: ReturnType<CourseMatcher['match']>;
  key: string;
}

/**
 * In one school year, a semester or quarter course with a failed final and a passed one was taken
 * twice (failed in S1, retaken in S2): each final is its own attempt, with the progress grades of
 * its own term. A year-long course's two semesters stay one course.
 */
function splitRetakes(group: Group): Group[] {
  const finals = group.rows.filter((r) => !r.progress);
  const length = group.match?.course.length ?? null;
  const oneTerm = length === 'semester' || length === 'quarter';
  const retaken = finals.some((r) => r.result === 'failed') && finals.some((r) => r.result === 'passed');
  if (!oneTerm || !retaken || finals.length < 2) return [group];
  const sorted = [...finals].sort((a, b) => termOrder(a.term, b.term));
  return sorted.map((final, i) => {
    const [start, end] = termSpan(final.term);
    const progress = group.rows.filter((r) => {
      if (!r.progress) return false;
      const [s, e] = termSpan(r.term);
      return s >= start && e <= end;
    });
    return { ...group, rows: [...progress, final], key: `${group.key}#${i}` };
  });
}

function gradeLevelOf(r: TranscriptRow, classYear: number | null): number | null {
  if (r.gradeLevel !== null) return r.gradeLevel;
  return r.schoolYear !== null && classYear !== null ? 12 - (classYear - r.schoolYear) : null;
}

function toCourse(group: Group, attempt: number, opts: Options): TranscriptCourse {
  const rows = group.rows;
  const first = rows[0]!;
  const finals = rows.filter((r) => !r.progress);
  const status = statusOf(rows);
  const course = group.match?.course ?? null;
  const creditType = rows.find((r) => r.creditType !== null)?.creditType ?? null;
  const earnedRows = finals.filter((r) => r.result === 'passed');
  const earned = status === 'failed' || status === 'withdrawn' ? 0 : round(sum(earnedRows.map((r) => r.creditsEarned ?? r.creditsAttempted)) ?? (status === 'completed' ? (course?.credits ?? 0) : 0));
  const attempted = sum(finals.map((r) => r.creditsAttempted));
  const credits = status === 'completed' ? earned : status === 'in_progress' ? Math.max(earned, course?.credits ?? attempted ?? 0) : 0;
  const spans = rows.map((r) => termSpan(r.term));
  const span: [number, number] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  const graded = [...rows].filter((r) => r.grade !== null && r.grade !== '').sort((a, b) => termOrder(a.term, b.term));
  const finalGrades = graded.filter((r) => !r.progress).map((r) => r.grade!);
  const gradeLevel = gradeLevelOf(first, opts.classYear);
  return {
    id: `h-${first.id}`,
    course,
    courseNumber: course?.number ?? (first.courseNumber.trim() || first.title),
    title: course?.title ?? first.title,
    area: course?.area ?? (creditType === null ? null : opts.areaOf(creditType)) ?? 'elective',
    year: planYear(gradeLevel),
    term: planTerm(span, course?.length ?? null),
    status,
    // Two semesters of the same grade read as that grade ("A", not "A/A"); different ones are both kept ("B+/A").
    grade: finalGrades.length === 0 ? null : new Set(finalGrades).size === 1 ? finalGrades[0]! : finalGrades.join('/'),
    creditsEarned: earned,
    credits: round(credits),
    facts: {
      schoolYear: first.schoolYear === null ? null : schoolYearText(first.schoolYear),
      gradeLevel,
      grades: graded.map((r) => ({ term: r.term, grade: r.grade! })),
      attempt,
      creditsAttempted: attempted === null ? null : round(attempted),
      creditType,
      matchedBy: group.match?.by ?? 'none',
      transcriptNumber: first.courseNumber,
      transcriptTitle: first.title,
      notInLatestFile: rows.some((r) => r.missing),
    },
  };
}

/** One student's transcript courses, oldest first. Rows the SIS excludes from transcripts count for nothing and are left out. */
export function transcriptCourses(records: readonly TranscriptRow[], opts: Options): TranscriptCourse[] {
  const groups = new Map<string, Group>();
  for (const r of records) {
    if (r.excluded) continue;
    const match = opts.matcher.match(r.courseNumber, r.stateCode, r.title);
    const courseKey = match ? `c:${match.course.number}` : `t:${r.courseNumber.trim().toUpperCase()}:${r.title.trim().toUpperCase()}`;
    const when = r.schoolYear !== null ? `y${r.schoolYear}` : `g${r.gradeLevel}`;
    const key = `${courseKey}@${when}`;
    const group = groups.get(key);
    if (group) group.rows.push(r);
    else groups.set(key, { rows: [r], match, key });
  }
  // Oldest first: by grade level (rows without one sort first), then school year, then term.
  const when = (g: Group) => gradeLevelOf(g.rows[0]!, opts.classYear) ?? 0;
  const startOf = (g: Group) => Math.min(...g.rows.map((r) => termSpan(r.term)[0]));
  const ordered = [...groups.values()]
    .flatMap(splitRetakes)
    .sort((a, b) => when(a) - when(b) || (a.rows[0]!.schoolYear ?? 0) - (b.rows[0]!.schoolYear ?? 0) || startOf(a) - startOf(b));
  const attempts = new Map<string, number>();
  return ordered.map((g) => {
    const courseKey = g.key.split('@')[0]!;
    const attempt = (attempts.get(courseKey) ?? 0) + 1;
    attempts.set(courseKey, attempt);
    return toCourse(g, attempt, opts);
  });
}
