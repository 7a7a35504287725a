/**
 * Reports bench (issue 10): each caseload report over 20,000 students with plans and course
 * history, against listing the same caseload (students.list, what the Caseload page asks for) in
 * the same run and process: a report should be no slower than opening the caseload (target ≤ 2×).
 * Both read the transcripts through the caseload's cache (plans/history-rows.ts), so the first
 * call after opening pays for reading the history and later calls do not: the first call of each
 * is printed, and the ratio is taken on the medians of warm calls. Then the report files: the
 * one-page PDF (chart SVG drawn into pdfkit) and the .xlsx of every table. Prints figures; asserts nothing.
 *
 *   node --import tsx bench/reports.ts [--students 20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../src/main/core/api/index';
import { listPrograms } from '../src/main/core/programs/repository';
import { loadCatalog } from '../src/main/core/courses/repository';
import { writePlan } from '../src/main/core/plans/repository';
import { reportFile } from '../src/main/core/reports/export';
import { runReport } from '../src/main/core/reports/run';
import { samplePlans } from '../src/main/core/sample/plans';
import { loadSampleSchool } from '../src/main/core/sample/load';
import { openStore } from '../src/main/core/store/connection';
import { writeTransaction } from '../src/main/core/store/transaction';
import { saveStudents } from '../src/main/core/students/repository';
import type { ReportName } from '../src/shared/domain/report';
import { schoolYearEnd } from '../src/shared/domain/school-year';
import { median } from './measure';
import { benchStudents } from './students';

const TODAY = new Date();
const REPORTS: ReportName[] = ['plans', 'graduation', 'cte'];
const WARM_RUNS = 5;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Six courses a year: semester finals for each finished year, quarter-1 progress grades for this one. */
const COURSES: Record<number, string[]> = {
  9: ['ENG101', 'MTH101', 'SCI101', 'SOC111', 'TEC111', 'ART101'],
  10: ['ENG201', 'MTH201', 'SCI111', 'SOC201', 'TEC211', 'HLT101'],
  11: ['ENG301', 'MTH301', 'SCI201', 'SOC301', 'TEC301', 'FIN201'],
  12: ['ENG401', 'MTH321', 'SCI301', 'SOC311', 'TEC321', 'PED301'],
};

async function makeStore(path: string, count: number): Promise<{ plans: number; historyRows: number }> {
  const store = await openStore(path);
  try {
    const db = store.db;
    loadSampleSchool(db, TODAY);
    const students = benchStudents(count, TODAY);
    saveStudents(db, students, TODAY);
    const plans = samplePlans(students, listPrograms(db), loadCatalog(db), TODAY);
    writeTransaction(db, () => {
      for (const p of plans) writePlan(db, p, TODAY);
    });
    const current = schoolYearEnd(TODAY);
    let historyRows = 0;
    writeTransaction(db, () => {
      const now = new Date().toISOString();
      const importId = Number(db.prepare("INSERT INTO history_import (file_name, imported_at, backup_path, report) VALUES ('bench.csv', ?, NULL, '{}')").run(now).lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, state_code,
           title, credit_type, grade, result, credits_earned, credits_attempted, excluded, missing, import_id, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, 0, 0, ?, ?)`,
      );
      students.forEach((s, i) => {
        const grade = s.grade!;
        for (let level = 9; level <= grade; level++) {
          const year = current - (grade - level);
          for (const [k, course] of COURSES[level]!.entries()) {
            if (year === current) {
              insert.run(s.studentNumber, `${year}|Q1|${course}|1`, year, level, 'Q1', 1, course, course, 'B', 'in_progress', 0, null, importId, now);
              historyRows++;
              continue;
            }
            // Every 9th student failed one course a year: the graduation report has students off track.
            const failed = (i + k) % 9 === 0 && k === 1;
            for (const term of ['S1', 'S2']) {
              insert.run(s.studentNumber, `${year}|${term}|${course}|1`, year, level, term, 0, course, course, failed ? 'F' : 'B+', failed ? 'failed' : 'passed', failed ? 0 : 0.5, 0.5, importId, now);
              historyRows++;
            }
          }
        }
      });
    });
    return { plans: plans.length, historyRows };
  } finally {
    store.close();
  }
}

async function time<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const count = flag('--students', 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-reports-'));
  try {
    const path = join(dir, 'store.db');
    const setup = await time(() => makeStore(path, count));
    console.log(`store: ${count} students (+ the sample school), ${setup.value.plans} plans, ${setup.value.historyRows} history rows, made in ${ms(setup.ms)}`);
    const store = await openStore(path);
    try {
      const handlers = createHandlers(store);
      const list = () => handlers['students.list']({});
      const first = await time(list);
      console.log(`first students.list (reads and keeps the transcripts): ${ms(first.ms)}`);
      for (const name of REPORTS) {
        const firstReport = await time(() => handlers['reports.run']({ report: name }));
        console.log(`first ${name} report after it: ${ms(firstReport.ms)}`);
      }
      console.log('');
      const caseload: number[] = [];
      const reports = new Map<ReportName, number[]>(REPORTS.map((r) => [r, []]));
      // Interleaved, so a slow moment of the machine falls on both sides.
      for (let run = 0; run < WARM_RUNS; run++) {
        caseload.push((await time(list)).ms);
        for (const name of REPORTS) reports.get(name)!.push((await time(() => handlers['reports.run']({ report: name }))).ms);
      }
      const base = median(caseload);
      console.log(`students.list (the caseload), median of ${WARM_RUNS}: ${ms(base)}`);
      for (const name of REPORTS) {
        const m = median(reports.get(name)!);
        console.log(`${name.padEnd(10)} report, median of ${WARM_RUNS}: ${ms(m).padStart(8)}   ${(m / base).toFixed(2)}× the caseload (target ≤ 2×)`);
      }
      console.log('');
      for (const name of REPORTS) {
        const report = await runReport(store.db, { report: name }, TODAY);
        await reportFile(report, 'pdf'); // fonts parsed, ECharts loaded
        const pdf: number[] = [];
        const xlsx: number[] = [];
        let bytes = 0;
        for (let run = 0; run < 3; run++) {
          const p = await time(() => reportFile(report, 'pdf'));
          pdf.push(p.ms);
          bytes = p.value.length;
          xlsx.push((await time(() => reportFile(report, 'xlsx'))).ms);
        }
        console.log(`${name.padEnd(10)} one-page PDF: ${ms(median(pdf)).padStart(7)} (${(bytes / 1024).toFixed(0)} KB)   .xlsx of every table: ${ms(median(xlsx))} (${report.tables.reduce((n, t) => n + t.rows.length, 0)} rows)`);
      }
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
