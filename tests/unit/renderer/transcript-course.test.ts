import { describe, expect, it } from 'vitest';
import type { PlanViewCourse, TranscriptFacts } from '../../../src/shared/domain/plan-view';
import { courseNumber, courseTitle, gradesText, shownCredits, transcriptNotes } from '../../../src/renderer/src/plan/transcript';

const facts = (over: Partial<TranscriptFacts> = {}): TranscriptFacts => ({
  schoolYear: '2024-25',
  gradeLevel: 10,
  grades: [
    { term: 'S1', grade: 'B+' },
    { term: 'S2', grade: 'A−' },
  ],
  attempt: 1,
  creditsAttempted: 1,
  creditType: 'ENG',
  matchedBy: 'number',
  transcriptNumber: 'ENG201',
  transcriptTitle: 'ENGLISH 10',
  notInLatestFile: false,
  ...over,
});

const course = (over: Partial<PlanViewCourse> = {}): PlanViewCourse => ({
  id: 't1',
  year: '10',
  term: 'full_year',
  courseNumber: 'ENG201',
  title: 'English 10',
  credits: 1,
  area: 'english',
  status: 'completed',
  grade: 'A−',
  creditsEarned: 1,
  source: 'transcript',
  transcript: facts(),
  flags: null,
  institution: null,
  credentialType: null,
  inCatalog: true,
  ...over,
});

describe('a transcript course as the plan editor words it', () => {
  it('keeps each term’s grade, and a grade without a term alone', () => {
    expect(gradesText(course())).toBe('S1 B+ · S2 A−');
    expect(gradesText(course({ transcript: facts({ grades: [{ term: '', grade: 'P' }] }) }))).toBe('P');
    // One grade alone on the course; its term is in the course's facts.
    expect(gradesText(course({ transcript: facts({ grades: [{ term: 'Y1', grade: 'C' }] }) }))).toBe('C');
    expect(gradesText(course({ transcript: facts({ grades: [{ term: 'Y1', grade: 'C' }] }) }), true)).toBe('Y1 C');
    expect(gradesText(course({ source: 'counselor', transcript: null, grade: 'B' }))).toBe('B');
  });

  it('shows the transcript’s own number and title for a course the catalog does not know', () => {
    const transfer = course({ inCatalog: false, courseNumber: 'XFER 12', title: 'XFER 12', transcript: facts({ transcriptNumber: 'XFER 12', transcriptTitle: 'World Cultures (transfer)', matchedBy: 'none' }) });
    expect(courseTitle(transfer)).toBe('World Cultures (transfer)');
    expect(courseNumber(transfer)).toBe('XFER 12');
    expect(courseTitle(course())).toBe('English 10');
  });

  it('earns nothing when failed or withdrawn, and says retake, grade 8 and not in the latest file', () => {
    expect(shownCredits(course({ status: 'failed', creditsEarned: 0 }))).toBe(0);
    expect(shownCredits(course({ status: 'withdrawn', creditsEarned: null }))).toBe(0);
    expect(shownCredits(course({ status: 'completed', creditsEarned: 0.5 }))).toBe(0.5);
    expect(shownCredits(course({ status: 'in_progress', creditsEarned: null }))).toBe(1);
    expect(transcriptNotes(course({ transcript: facts({ attempt: 2, gradeLevel: 8, notInLatestFile: true }) }))).toEqual([
      'Retake',
      'Taken in grade 8',
      'Not in the latest file',
    ]);
    expect(transcriptNotes(course())).toEqual([]);
  });
});
