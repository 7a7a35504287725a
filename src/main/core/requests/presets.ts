import { schoolYearEndOf, type RequestPreset } from '../../../shared/domain/requests';
import type { ExportCell, ExportColumn } from '../spreadsheet/export-table';
import type { CourseRequest } from './collect';

/**
 * The columns each student information system imports course requests with. Which spellings are
 * documented and which are reconstructions is said in docs/ARCHITECTURE.md ("Course requests"):
 * - PowerSchool: student number, course number and YearID as PowerSchool names them
 *   (Student_Number, CourseNumber, YearID = the school year's first year − 1990, so 2027-28 is 37);
 *   the alternate columns are reconstructed and named plainly for the district's import template.
 * - Skyward: the names of Skyward's StudentCourseRequest fields (IsAlternate, AlternateRank,
 *   the course an alternate stands for); the student is given by student number.
 * - Aeries-style: the names of Aeries' course request fields (StudentID, Sequence, CourseID, and
 *   AlternateTag "X" with ActualPrimaryCourseID for a request that stands in for another) and its
 *   alternate course request's RelativePrioritySortOrder for the rank; one file holds both.
 * - generic: every column with plain headers.
 * A request row is one course; an alternate's row names the course it stands in for.
 */

export interface PresetColumn extends ExportColumn {
  value(r: CourseRequest, sequence: number): ExportCell;
}

/** PowerSchool's YearID: 2025-26 is 35 (the first calendar year of the school year minus 1990). */
export function powerSchoolYearId(schoolYear: string): number {
  return schoolYearEndOf(schoolYear) - 1 - 1990;
}

const col = (header: string, width: number, value: PresetColumn['value']): PresetColumn => ({ header, width, value });

export const PRESET_COLUMNS: Record<RequestPreset, PresetColumn[]> = {
  powerschool: [
    col('Student_Number', 14, (r) => r.studentNumber),
    col('YearID', 8, (r) => powerSchoolYearId(r.schoolYear)),
    col('SchoolYear', 10, (r) => r.schoolYear),
    col('CourseNumber', 14, (r) => r.courseNumber),
    col('Alternate', 10, (r) => (r.alternate ? 1 : 0)),
    col('AlternateRank', 14, (r) => r.alternateRank),
    col('AlternateFor', 14, (r) => r.alternateFor),
  ],
  skyward: [
    col('StudentNumber', 14, (r) => r.studentNumber),
    col('SchoolYear', 10, (r) => r.schoolYear),
    col('CourseID', 12, (r) => r.courseNumber),
    col('IsAlternate', 11, (r) => (r.alternate ? 'True' : 'False')),
    col('AlternateRank', 14, (r) => r.alternateRank),
    col('AlternateForCourseID', 20, (r) => r.alternateFor),
  ],
  aeries: [
    col('StudentID', 12, (r) => r.studentNumber),
    col('SchoolYear', 10, (r) => r.schoolYear),
    col('Sequence', 9, (_, sequence) => sequence),
    col('CourseID', 12, (r) => r.courseNumber),
    col('AlternateTag', 13, (r) => (r.alternate ? 'X' : '')),
    col('ActualPrimaryCourseID', 22, (r) => r.alternateFor),
    col('RelativePrioritySortOrder', 24, (r) => r.alternateRank),
  ],
  generic: [
    col('Student Number', 14, (r) => r.studentNumber),
    col('Last Name', 18, (r) => r.lastName),
    col('First Name', 16, (r) => r.firstName),
    col('Grade', 7, (r) => r.grade),
    col('School Year', 11, (r) => r.schoolYear),
    col('Course Number', 14, (r) => r.courseNumber),
    col('Course Title', 32, (r) => r.title),
    col('Credits', 8, (r) => r.credits),
    col('Term', 10, (r) => r.term),
    col('Alternate', 10, (r) => (r.alternate ? 'Y' : 'N')),
    col('Alternate Rank', 14, (r) => r.alternateRank),
    col('Alternate For', 14, (r) => r.alternateFor),
  ],
};
