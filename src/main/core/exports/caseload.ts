import type { Database as Db } from 'better-sqlite3';
import type { Student } from '../../../shared/domain/student';
import { GUARDIAN_PART_FIELDS, GUARDIAN_PARTS, GUARDIANS_PER_FILE, STUDENT_STATUS_TEXT } from '../../../shared/domain/student-fields';
import type { ConferenceFacts } from '../../../shared/domain/conference';
import { conferenceFacts } from '../conferences/facts';
import { planSummaries, type PlanSummary } from '../plans/caseload-status';
import { listStudents } from '../students/repository';
import { writeCsv } from '../spreadsheet/write-csv';
import type { ExportCell, ExportColumn, ExportTable } from '../spreadsheet/export-table';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { reviewWindowIn } from '../plans/school-year';

/** Guardians exported per student; the roster import reads the same headers back. */
const GUARDIAN_COLUMNS = GUARDIANS_PER_FILE;

/** Credits earned and the on-track verdict of each student (core/plans/caseload-status.ts). */
export type CaseloadStanding = ReadonlyMap<string, Pick<PlanSummary, 'creditsEarned' | 'onTrack'>>;

const ON_TRACK_TEXT: Record<PlanSummary['onTrack'], string> = { on_track: 'On track', off_track: 'Off track', unknown: 'Not yet known' };

/**
 * The caseload as a table whose headers the roster import recognises, so exporting and importing
 * the file again changes nothing. "Credits Earned", "On Track", "Last Conference" and "Conferences
 * This Year" are for reading and sorting in a spreadsheet; the roster import has no field for them
 * and leaves them be.
 */
export function caseloadTable(
  students: readonly Student[],
  standing: CaseloadStanding = new Map(),
  conferences: ReadonlyMap<string, ConferenceFacts> = new Map(),
): ExportTable {
  const columns: ExportColumn[] = [
    { header: 'Student Number', width: 14 },
    { header: 'Last Name', width: 20 },
    { header: 'First Name', width: 18 },
    { header: 'Middle Name', width: 14 },
    { header: 'Preferred Name', width: 14 },
    { header: 'Grade', width: 7 },
    { header: 'Class Year', width: 10 },
    { header: 'Date of Birth', width: 12 },
    { header: 'Email', width: 32 },
    { header: 'Counselor', width: 16 },
    { header: 'Homeroom', width: 10 },
    { header: 'Home Language', width: 14 },
    { header: 'Status', width: 20 },
    { header: 'Credits Earned', width: 14 },
    { header: 'On Track', width: 14 },
    { header: 'Last Conference', width: 14 },
    { header: 'Conferences This Year', width: 12 },
  ];
  for (let g = 1; g <= GUARDIAN_COLUMNS; g++) {
    for (const part of GUARDIAN_PARTS) {
      columns.push({ header: `Guardian ${g} ${part}`, width: part === 'Email' ? 28 : 16 });
    }
  }
  const rows = students.map((s): ExportCell[] => {
    const cells: ExportCell[] = [
      s.studentNumber,
      s.lastName,
      s.firstName,
      s.middleName,
      s.preferredName,
      s.grade,
      s.classYear,
      s.dateOfBirth ? { date: s.dateOfBirth } : null,
      s.email,
      s.counselor,
      s.homeroom,
      s.homeLanguage,
      STUDENT_STATUS_TEXT[s.status],
      standing.get(s.studentNumber)?.creditsEarned ?? null,
      ON_TRACK_TEXT[standing.get(s.studentNumber)?.onTrack ?? 'unknown'],
      conferenceDate(conferences.get(s.studentNumber)),
      conferences.get(s.studentNumber)?.thisYear ?? 0,
    ];
    for (let g = 0; g < GUARDIAN_COLUMNS; g++) {
      const guardian = s.guardians[g];
      cells.push(...GUARDIAN_PARTS.map((part) => guardian?.[GUARDIAN_PART_FIELDS[part]] ?? null));
    }
    return cells;
  });
  return { sheetName: 'Caseload', columns, rows };
}

function conferenceDate(facts: ConferenceFacts | undefined): ExportCell {
  return facts?.last ? { date: facts.last } : null;
}

export type ExportFormat = 'xlsx' | 'csv';

export async function exportCaseload(
  db: Db,
  format: ExportFormat,
  studentNumbers?: readonly string[],
): Promise<{ bytes: Buffer; count: number }> {
  const students = listStudents(db, studentNumbers);
  const table = caseloadTable(students, await planSummaries(db), conferenceFacts(db, reviewWindowIn(db, new Date())));
  const bytes = format === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  return { bytes, count: students.length };
}
