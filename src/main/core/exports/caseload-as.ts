import type { Kysely } from 'kysely';
import type { Student } from '../../../shared/domain/student';
import { readAs, type Actor } from '../accounts/actor';
import { caseloadAs } from '../plans/caseload-as';
import { writeCsv } from '../spreadsheet/write-csv';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import type { StoreSchema } from '../store/store-schema';
import { toStudent, type GuardianRecord, type StudentRecord } from '../students/repository';
import { caseloadTable, type ExportFormat } from './caseload';

/*
 * caseload.export on the department server: the workstation's table (caseloadTable, the headers
 * the roster import reads back) over the caseload the page shows the signed-in counselor (her own
 * students; a lead's, everyone), its standings and conferences from the same rows
 * (plans/caseload-as.ts), and the students with their guardians read in one snapshot as her.
 */

/** SQLite's COLLATE NOCASE, which folds ASCII letters only, then byte order: the workstation's export order. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byNocase = (a: string, b: string) => (nocase(a) < nocase(b) ? -1 : nocase(a) > nocase(b) ? 1 : 0);

export async function exportCaseloadAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  format: ExportFormat,
  studentNumbers?: readonly string[],
  today = new Date(),
): Promise<{ bytes: Buffer; count: number }> {
  const wanted = studentNumbers ? new Set(studentNumbers) : null;
  const rows = (await caseloadAs(db, actor, today)).filter((r) => !wanted || wanted.has(r.studentNumber));
  const numbers = rows.map((r) => r.studentNumber);
  const students = await readAs(db, actor, async (trx) => {
    const found: Student[] = [];
    // A page of numbers per query, under PostgreSQL's parameter limit.
    for (let i = 0; i < numbers.length; i += 5_000) {
      const page = numbers.slice(i, i + 5_000);
      const [records, guardians] = await Promise.all([
        trx.selectFrom('student').selectAll().where('student_number', 'in', page).execute(),
        trx
          .selectFrom('guardian')
          .select(['student_number', 'name', 'relationship', 'email', 'phone', 'preferred_language'])
          .where('student_number', 'in', page)
          .orderBy('student_number')
          .orderBy('position')
          .execute(),
      ]);
      const byStudent = new Map<string, GuardianRecord[]>();
      for (const g of guardians) byStudent.set(g.student_number, [...(byStudent.get(g.student_number) ?? []), g as GuardianRecord]);
      for (const r of records) found.push(toStudent(r as unknown as StudentRecord, byStudent.get(r.student_number) ?? []));
    }
    return found;
  });
  students.sort((a, b) => byNocase(a.lastName, b.lastName) || byNocase(a.firstName, b.firstName) || byNocase(a.studentNumber, b.studentNumber));
  const standing = new Map(rows.map((r) => [r.studentNumber, { creditsEarned: r.creditsEarned, onTrack: r.onTrack }]));
  const conferences = new Map(rows.map((r) => [r.studentNumber, { thisYear: r.conferencesThisYear, last: r.lastConference }]));
  const table = caseloadTable(students, standing, conferences);
  const bytes = format === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  return { bytes, count: students.length };
}
