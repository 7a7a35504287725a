import { describe, expect, it } from 'vitest';
import { autoMapHistory, type HistoryField } from '../../../src/main/core/history/fields';

const mapped = (headers: string[], samples: Record<number, string[]> = {}) => {
  const columns = autoMapHistory(headers, (c) => samples[c] ?? []);
  return Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, headers[column as number]])) as Partial<Record<HistoryField, string>>;
};

describe('course history headers, mapped automatically', () => {
  it('strips Data Export Manager table prefixes and never maps the internal StudentID or DCID', () => {
    const m = mapped(['STOREDGRADES.StudentID', 'STOREDGRADES.DCID', 'STUDENTS.Student_Number', 'STOREDGRADES.Course_Number', 'STOREDGRADES.Grade', 'STOREDGRADES.Grade_Level', 'STOREDGRADES.EarnedCrHrs', 'STOREDGRADES.PotentialCrHrs', 'STOREDGRADES.ExcludeFromTranscripts']);
    expect(m).toMatchObject({ studentNumber: 'STUDENTS.Student_Number', courseNumber: 'STOREDGRADES.Course_Number', grade: 'STOREDGRADES.Grade', gradeLevel: 'STOREDGRADES.Grade_Level', creditsEarned: 'STOREDGRADES.EarnedCrHrs', creditsAttempted: 'STOREDGRADES.PotentialCrHrs', excluded: 'STOREDGRADES.ExcludeFromTranscripts' });
    expect(mapped(['STOREDGRADES.StudentID', 'DCID', 'STOREDGRADES.Course_Number']).studentNumber).toBeUndefined();
  });

  it('prefers Student_Number over a lowercase studentid beside it', () => {
    expect(mapped(['studentid', 'Student_Number', 'Course_Number']).studentNumber).toBe('Student_Number');
  });

  it('takes Xello StudentID as the student number when nothing better is there', () => {
    expect(mapped(['StudentID', 'CourseCode', 'GradeLevel', 'GradeMark', 'CreditValue'])).toEqual({ studentNumber: 'StudentID', courseNumber: 'CourseCode', gradeLevel: 'GradeLevel', grade: 'GradeMark', creditsAttempted: 'CreditValue' });
  });

  it('reads "Grade" as the grade level beside a Score column, as the mark beside a grade level, and by its values otherwise', () => {
    expect(mapped(['Student Number', 'Grade', 'Score', 'Course Number'])).toMatchObject({ gradeLevel: 'Grade', grade: 'Score' });
    expect(mapped(['Student ID', 'Grade Level Taken', 'Grade', 'Course ID'])).toMatchObject({ gradeLevel: 'Grade Level Taken', grade: 'Grade' });
    expect(mapped(['Student Number', 'Course Number', 'Grade'], { 2: ['09', '10', '11'] })).toMatchObject({ gradeLevel: 'Grade' });
    expect(mapped(['Student Number', 'Course Number', 'Grade'], { 2: ['A-', 'B', '10'] })).toMatchObject({ grade: 'Grade' });
  });

  it('maps WISEdata and Infinite Campus headers', () => {
    expect(mapped(['School Year', 'WSN', 'Local Student ID', 'Local Course ID', 'State Course Code', 'Course Name', 'Earned Credits', 'Grade Level', 'Final Letter Grade', 'Final Numeric Grade', 'Course Attempt Result'])).toEqual({
      schoolYear: 'School Year', studentNumber: 'Local Student ID', courseNumber: 'Local Course ID', stateCode: 'State Course Code', title: 'Course Name', creditsEarned: 'Earned Credits', gradeLevel: 'Grade Level', grade: 'Final Letter Grade', percent: 'Final Numeric Grade', result: 'Course Attempt Result',
    });
    expect(mapped(['Student Number', 'Course Number', 'Course Name', 'Credit Type', 'Credits Attempted', 'Credits Earned', 'Cumulative GPA'])).toMatchObject({ creditType: 'Credit Type', creditsAttempted: 'Credits Attempted', creditsEarned: 'Credits Earned', gpa: 'Cumulative GPA' });
  });

  it('takes a bare "Course" beside "Course #" as the title', () => {
    expect(mapped(['Student #', 'Course #', 'Course', 'Mark'])).toMatchObject({ courseNumber: 'Course #', title: 'Course' });
  });
});
