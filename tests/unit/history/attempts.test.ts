import { describe, expect, it } from 'vitest';
import { transcriptCourses } from '../../../src/main/core/history/attempts';
import { courseMatcher } from '../../../src/main/core/history/match';
import type { TranscriptRow } from '../../../src/main/core/history/repository';
import { catalogOf, course } from '../plans/fixtures';

const catalog = catalogOf([
  course('ENG101', { title: 'English 9', area: 'english' }),
  course('MTH101', { title: 'Algebra 1', area: 'math' }),
  course('HLT101', { title: 'Health', area: 'health', credits: 0.5, length: 'semester' }),
  course('SCI111', { title: 'Biology', area: 'science', stateCode: '03051' }),
]);

let id = 0;
function row(courseNumber: string, overrides: Partial<TranscriptRow> = {}): TranscriptRow {
  id += 1;
  return {
    id, schoolYear: 2025, gradeLevel: 9, term: 'Y1', progress: false, courseNumber, stateCode: null, title: courseNumber, creditType: null,
    grade: 'A', result: 'passed', creditsEarned: 1, creditsAttempted: 1, excluded: false, missing: false, ...overrides,
  };
}

const AREAS: Record<string, 'social_studies' | 'math'> = { 'SOC STUDIES': 'social_studies', MATH: 'math' };
const read = (rows: TranscriptRow[], classYear: number | null = 2028) =>
  transcriptCourses(rows, { matcher: courseMatcher(catalog, new Map()), areaOf: (t) => AREAS[t] ?? null, classYear });

describe('transcript rows put together into courses', () => {
  it('makes one course of quarter progress grades and semester finals, summing only the finals', () => {
    const rows = ['Q1', 'Q2', 'Q3', 'Q4'].map((term) => row('ENG101', { term, progress: true, grade: 'B', creditsEarned: 0 }));
    rows.push(row('ENG101', { term: 'S1', grade: 'B+', creditsEarned: 0.5 }), row('ENG101', { term: 'S2', grade: 'A', creditsEarned: 0.5 }));
    const [english, ...rest] = read(rows);
    expect(rest).toEqual([]);
    expect(english).toMatchObject({ courseNumber: 'ENG101', status: 'completed', creditsEarned: 1, grade: 'B+/A', term: 'full_year', year: '9' });
    expect(english!.facts.grades.map((g) => g.term)).toEqual(['Q1', 'Q2', 'S1', 'Q3', 'Q4', 'S2']);
  });

  it('keeps a course in progress while a progress grade has no final after it', () => {
    const [english] = read([
      row('ENG101', { term: 'S1', grade: 'B', creditsEarned: 0.5 }),
      row('ENG101', { term: 'Q3', progress: true, grade: 'A', creditsEarned: 0 }),
    ]);
    expect(english).toMatchObject({ status: 'in_progress', creditsEarned: 0.5, credits: 1 });
  });

  it('reads incomplete and in-progress results as in progress, all-withdrawn as withdrawn, failed as failed with no credit', () => {
    expect(read([row('MTH101', { result: 'incomplete', grade: 'I', creditsEarned: 0 })])[0]!.status).toBe('in_progress');
    expect(read([row('MTH101', { result: 'in_progress', grade: null, creditsEarned: null })])[0]!.status).toBe('in_progress');
    expect(read([row('MTH101', { result: 'withdrawn', grade: 'W', creditsEarned: 0 })])[0]).toMatchObject({ status: 'withdrawn', creditsEarned: 0, credits: 0 });
    // A failed final with credits written anyway (a file that writes attempted into earned) still earns nothing.
    expect(read([row('MTH101', { result: 'failed', grade: 'F', creditsEarned: 1 })])[0]).toMatchObject({ status: 'failed', creditsEarned: 0, credits: 0 });
  });

  it('numbers a retake in a later year as attempt 2, and splits a semester course failed and passed in one year', () => {
    const courses = read([
      row('MTH101', { result: 'failed', grade: 'F', creditsEarned: 0 }),
      row('MTH101', { schoolYear: 2026, gradeLevel: 10, grade: 'C' }),
      row('HLT101', { term: 'S2', grade: 'B', creditsEarned: 0.5 }),
      row('HLT101', { term: 'S1', result: 'failed', grade: 'F', creditsEarned: 0 }),
    ]);
    expect(courses.map((c) => [c.courseNumber, c.year, c.term, c.status, c.facts.attempt])).toEqual([
      ['MTH101', '9', 'full_year', 'failed', 1],
      ['HLT101', '9', 'S1', 'failed', 1],
      ['HLT101', '9', 'S2', 'completed', 2],
      ['MTH101', '10', 'full_year', 'completed', 2],
    ]);
  });

  it('leaves out excluded rows, and matches by state code when the number is the sending school’s', () => {
    const courses = read([row('ENG101', { excluded: true }), row('BIO-77', { stateCode: '03051', title: 'Bio' })]);
    expect(courses.map((c) => [c.courseNumber, c.title, c.area, c.facts.matchedBy, c.facts.transcriptNumber])).toEqual([['SCI111', 'Biology', 'science', 'code', 'BIO-77']]);
  });

  it('counts an unknown course toward its credit type’s area, or as an elective', () => {
    const [transfer, other] = read([
      row('T100', { title: 'World Cultures (transfer)', creditType: 'SOC STUDIES' }),
      row('T200', { title: 'Study Skills', creditType: 'LOCAL' }),
    ]);
    expect([transfer!.course, transfer!.area, transfer!.title, transfer!.facts.matchedBy]).toEqual([null, 'social_studies', 'World Cultures (transfer)', 'none']);
    expect(other!.area).toBe('elective');
  });

  it('places a course taken in grade 8 in grade 9, and works out the grade from the school year when the file gives none', () => {
    const [early, later] = read([row('MTH101', { schoolYear: 2024, gradeLevel: 8 }), row('ENG101', { schoolYear: 2026, gradeLevel: null })]);
    expect([early!.year, early!.facts.gradeLevel]).toEqual(['9', 8]);
    expect([later!.year, later!.facts.gradeLevel]).toEqual(['10', 10]);
  });
});
