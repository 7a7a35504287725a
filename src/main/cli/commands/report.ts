import { extname } from 'node:path';
import { ReportFormat, ReportName, ReportQuery, type Report } from '../../../shared/domain/report';
import { writeWholeFile } from '../../core/files/write-whole';
import { reportFile } from '../../core/reports/export';
import { cellText } from '../../core/reports/pdf-layout';
import { AVAILABLE_REPORTS } from '../../core/reports/run';
import type { Command } from '../command';
import { UsageError } from '../context';

const USAGE_NAMES = AVAILABLE_REPORTS.join('|');

export const reportCommand: Command = {
  name: 'report',
  usage: `counselor report ${USAGE_NAMES} [--grade N] [--counselor NAME] [--class-year YYYY] [--out FILE.xlsx|FILE.csv|FILE.pdf] [--json]`,
  summary: 'A caseload report (plans, graduation, CTE): its tables on screen, or as .xlsx, .csv or a one-page PDF with its chart.',
  acceptsArguments: true,
  async run({ args, io, json, call }) {
    const { query, out } = parseReportArgs(args);
    const format = out ? formatOf(out) : null;
    // Through the contract: a store file's reports, or a department database's (`--db postgres://…`), as the operator.
    const report = await call('reports.run', query);
    if (out && format) {
      // Whole or not at all, owner-only: a report lists students by name.
      writeWholeFile(out, await reportFile(report, format));
      if (json) io.out(JSON.stringify({ out, format, report: report.name, students: report.studentCount }));
      else io.out(`Wrote the ${report.title} report (${report.studentCount} students) to ${out}.`);
      return;
    }
    if (json) io.out(JSON.stringify(report, null, 2));
    else io.out(reportText(report));
  },
};

function formatOf(out: string): ReportFormat {
  const format = ReportFormat.safeParse(extname(out).toLowerCase().slice(1));
  if (!format.success) throw new UsageError(`--out must end in .xlsx, .csv or .pdf (got "${out}").`);
  return format.data;
}

function parseReportArgs(args: readonly string[]): { query: ReportQuery; out?: string } {
  const [name, ...rest] = args;
  const report = ReportName.safeParse(name);
  if (!report.success) throw new UsageError(`say which report: ${AVAILABLE_REPORTS.join(', ')}${name ? ` (got "${name}")` : ''}.`);
  const query: ReportQuery = { report: report.data };
  let out: string | undefined;
  const value = (i: number, flag: string) => {
    const v = rest[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--grade') query.grade = Number(value(++i, '--grade'));
    else if (arg === '--counselor') query.counselor = value(++i, '--counselor');
    else if (arg === '--class-year') query.classYear = Number(value(++i, '--class-year'));
    else if (arg === '--out') out = value(++i, '--out');
    else throw new UsageError(`unexpected ${arg}.`);
  }
  const checked = ReportQuery.safeParse(query);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path[0];
    if (field === 'grade') throw new UsageError(`--grade takes a grade from 6 to 12 (got "${query.grade}").`);
    if (field === 'classYear') throw new UsageError(`--class-year takes a year like 2028 (got "${query.classYear}").`);
    throw new UsageError(`--counselor takes the counselor's name as the roster writes it.`);
  }
  return { query: checked.data, out };
}

/** The report as text: title, scope, then each table with its columns lined up. */
function reportText(report: Report): string {
  const lines = [report.title, report.scope, ''];
  for (const table of report.tables) {
    const rows = [...table.rows, ...(table.total ? [table.total] : [])];
    const cells = [table.columns.map((c) => c.label), ...rows.map((r) => table.columns.map((c) => cellText(r.cells[c.key])))];
    const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
    lines.push(table.title);
    for (const row of cells) {
      lines.push(row.map((text, i) => (table.columns[i]!.kind === 'number' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!))).join('  ').trimEnd());
    }
    lines.push('');
  }
  lines.push(...report.notes);
  return lines.join('\n');
}
