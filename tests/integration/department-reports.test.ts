import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { mayCall } from '../../src/main/core/accounts/method-roles';
import { departmentHandlers } from '../../src/main/core/api/department';
import { addConference } from '../../src/main/core/conferences/record';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { reportFile } from '../../src/main/core/reports/export';
import { AVAILABLE_REPORTS, runReport } from '../../src/main/core/reports/run';
import { loadExcelJS } from '../../src/main/core/spreadsheet/exceljs-load';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { startSchoolYear } from '../../src/main/core/year/start';
import { localIsoDate } from '../../src/shared/domain/common';
import type { Report, ReportQuery } from '../../src/shared/domain/report';
import { counselor } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { historyStore, importFile } from './history/history-store';

/**
 * The reports on the department server (api/department-reports.ts) on PostgreSQL, through the
 * non-superuser role row-level security binds, over the sample school with a course history moved
 * in from a workstation: every report kind, whole and narrowed, is the workstation's answer from
 * the same file, and its exported cells are the workstation's; only a lead may ask.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const NOW = new Date('2026-12-02T15:00:00Z');

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let lead: Actor;
let counselorName: string;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await historyStore(tempDir());
  await importFile(store, 'powerschool-storedgrades.csv');
  await startSchoolYear(store.db, store.path, '2027-28', { now: NOW });
  // What the sample school lacks and the reports count: conferences this year and before, an earned credential,
  // excluded history.
  const planned = store.db.prepare("SELECT student_number FROM plan JOIN student USING (student_number) WHERE status = 'active' ORDER BY student_number LIMIT 3").pluck().all() as string[];
  expect(planned).toHaveLength(3);
  const held = (studentNumber: string, heldOn: string) =>
    addConference(store.db, { studentNumber, heldOn, studentAttended: true, guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null });
  held(planned[0]!, localIsoDate(new Date()));
  held(planned[1]!, '2025-10-01');
  store.db
    .prepare("INSERT INTO plan_credential (student_number, id, position, name, issuer, status, date) VALUES (?, 'c1', 0, 'ServSafe', NULL, 'earned', '2026-05-01'), (?, 'c2', 0, 'OSHA 10', NULL, 'planned', NULL)")
    .run(planned[0], planned[2]);
  // A transcript course a counselor excluded counts for nothing on either store.
  const excluded = store.db
    .prepare("UPDATE course_history SET excluded = 1 WHERE id IN (SELECT id FROM course_history WHERE credits_earned > 0 ORDER BY id LIMIT 20)")
    .run();
  expect(excluded.changes).toBe(20);
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path));
  counselorName = file.prepare("SELECT counselor FROM student WHERE counselor IS NOT NULL AND status = 'active' ORDER BY counselor LIMIT 1").pluck().get() as string;
  await addAccount(pg, { userName: 'lead', displayName: 'Dr. Lead', role: 'lead', password: 'correct horse battery' });
  lead = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };
}, 120_000);

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(departmentHandlers(pg)(lead) as Handlers, method, input, true);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** Every cell of every sheet of an .xlsx, as exceljs reads them back. */
async function cellsOf(base64: string): Promise<unknown[][][]> {
  const ExcelJS = loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  });
}

/** Rows a report counts, so that two empty reports cannot pass as equal. */
const rowsOf = (report: Report) => report.tables.reduce((n, t) => n + t.rows.length, 0);

describe.skipIf(withoutAppRole)(`the department server's reports on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('answers every report kind, in the order of the Reports page, as the workstation does from the same file', async () => {
    expect(AVAILABLE_REPORTS).toEqual(['plans', 'graduation', 'cte', 'conferences']);
    for (const report of AVAILABLE_REPORTS) {
      for (const query of [{ report }, { report, counselor: counselorName }, { report, grade: 11 }] as ReportQuery[]) {
        const onServer = await ok<Report>('reports.run', query);
        const onWorkstation = await runReport(file, query);
        expect(onServer, `${JSON.stringify(query)}`).toEqual(onWorkstation);
        if (query.grade === undefined && query.counselor === undefined) expect(rowsOf(onServer), report).toBeGreaterThan(0);
      }
    }
    // The sample school has students in each state the reports count: equal is not equal and empty.
    const graduation = await ok<Report>('reports.run', { report: 'graduation' });
    expect(graduation.tables[1]!.rows.length).toBeGreaterThan(0);
    const plans = await ok<Report>('reports.run', { report: 'plans' });
    expect(new Set(plans.tables[2]!.rows.map((r) => r.cells.status)).size).toBeGreaterThan(1);
    const cte = await ok<Report>('reports.run', { report: 'cte' });
    expect(cte.tables[0]!.rows.length).toBeGreaterThan(1);
    expect(cte.tables[2]!.rows.find((r) => r.cells.measure === 'Industry credentials')!.cells.earned).toBe(1);
    const conferences = await ok<Report>('reports.run', { report: 'conferences' });
    expect(conferences.tables[0]!.total!.cells).toMatchObject({ met: 1, held: 1 });
    expect(conferences.tables[2]!.rows.filter((r) => r.cells.last === '2025-10-01')).toHaveLength(1);
  }, 120_000);

  it('exports each report with the workstation\'s cells (.xlsx read back) and the same .csv', async () => {
    for (const report of AVAILABLE_REPORTS) {
      const workstation = await runReport(file, { report });
      const xlsx = await ok<{ fileName: string; base64: string; count: number }>('reports.export', { query: { report }, format: 'xlsx' });
      expect(xlsx.fileName).toBe(`report-${report}-${workstation.madeOn}.xlsx`);
      expect(xlsx.count).toBe(workstation.studentCount);
      expect(await cellsOf(xlsx.base64), report).toEqual(await cellsOf((await reportFile(workstation, 'xlsx')).toString('base64')));
      const csv = await ok<{ base64: string }>('reports.export', { query: { report }, format: 'csv' });
      expect(Buffer.from(csv.base64, 'base64').equals(await reportFile(workstation, 'csv')), report).toBe(true);
    }
  }, 120_000);

  it('prints each report from `counselor report --db postgres://…` as from the store file', async () => {
    const url = await urlOf(pg, { asAppRole: true });
    for (const report of AVAILABLE_REPORTS) {
      const json = await counselor(['report', report, '--counselor', counselorName, '--json', '--db', url]);
      expect(json.stderr, report).toBe('');
      expect(json.code).toBe(0);
      // The command's JSON is the report as it is (cli/commands/report.ts); the file's is the workstation's.
      expect(JSON.parse(json.stdout), report).toEqual(await runReport(file, { report, counselor: counselorName }));
      const text = await counselor(['report', report, '--db', url]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain((await runReport(file, { report })).title);
    }
  }, 120_000);

  it('lets a lead run and export reports, and refuses a counselor at the role gate', () => {
    expect(mayCall('lead', 'reports.run')).toBe(true);
    expect(mayCall('lead', 'reports.export')).toBe(true);
    expect(mayCall('counselor', 'reports.run')).toBe(false);
    expect(mayCall('counselor', 'reports.export')).toBe(false);
  });
});
