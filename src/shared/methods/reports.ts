import { z } from 'zod';
import { Report, ReportFormat, ReportQuery } from '../domain/report';
import { ExportedFile } from '../domain/roster';
import { method } from './define';

/** Caseload reports: run one for the page, or export it (.xlsx a sheet per table, .csv, a one-page PDF with the chart). */
export const reportMethods = {
  'reports.run': method(ReportQuery, Report, 'One caseload report: its chart and tables, for the filters given.'),
  'reports.export': method(
    z.object({ query: ReportQuery, format: ReportFormat }).strict(),
    ExportedFile,
    'One caseload report as .xlsx (a sheet per table, numbers as numbers), .csv, or a one-page PDF with its chart.',
  ),
} as const;
