import type { Database as Db } from 'better-sqlite3';
import type { RequestExport, RequestPreset, SkippedStudent } from '../../../shared/domain/requests';
import { CounselorError } from '../../../shared/errors';
import type { ExportCell, ExportTable } from '../spreadsheet/export-table';
import { writeCsv } from '../spreadsheet/write-csv';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { collectRequests, describeRequestSelection, type StudentRequests } from './collect';
import { PRESET_COLUMNS } from './presets';

/**
 * The course request file: the requests of the chosen students in the preset's columns, as .csv
 * (UTF-8 with a byte-order mark, formula-looking text escaped) or .xlsx (text cells stay text, so
 * 000123 stays 000123). The students with nothing to request come back beside the file.
 */

export interface RequestFile {
  bytes: Buffer;
  fileName: string;
  students: number;
  requests: number;
  alternates: number;
  skipped: SkippedStudent[];
}

export function requestTable(students: readonly StudentRequests[], preset: RequestPreset): ExportTable {
  const columns = PRESET_COLUMNS[preset];
  const rows: ExportCell[][] = [];
  for (const { requests } of students) {
    // The sequence counts a student's rows from 1, as the SIS numbers a student's requests.
    requests.forEach((r, i) => rows.push(columns.map((c) => c.value(r, i + 1))));
  }
  return { sheetName: 'Course requests', columns: columns.map(({ header, width }) => ({ header, width })), rows };
}

export function requestFileName(input: Pick<RequestExport, 'schoolYear' | 'selection' | 'preset' | 'format'>): string {
  const s = input.selection;
  const who = 'grade' in s ? `grade-${s.grade}` : 'counselor' in s ? 'counselor' : 'all' in s ? 'all' : 'students';
  return `course-requests-${input.schoolYear}-${who}-${input.preset}.${input.format}`;
}

export async function exportRequests(db: Db, input: RequestExport, today = new Date()): Promise<RequestFile> {
  const { students, skipped } = collectRequests(db, input.selection, input.schoolYear, today);
  if (students.length === 0) {
    throw new CounselorError(
      'not_found',
      `None of ${describeRequestSelection(input.selection, skipped.length)} has courses planned for ${input.schoolYear}, so no file was written; plan their courses for that year first.`,
      { skipped },
    );
  }
  const table = requestTable(students, input.preset);
  const bytes = input.format === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  return {
    bytes,
    fileName: requestFileName(input),
    students: students.length,
    requests: table.rows.length,
    alternates: students.reduce((n, s) => n + s.requests.filter((r) => r.alternate).length, 0),
    skipped,
  };
}
