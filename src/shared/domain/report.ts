import { z } from 'zod';
import { StudentNumber } from './student';

/**
 * A caseload report (Reports page, `counselor report NAME`): a chart beside one or more tables.
 * The shape is the same for every report so that the page, the .xlsx/.csv export and the one-page
 * PDF each have one way to show any of them. The chart is drawn from the same numbers the first
 * table holds; grey print must still tell its series apart (the renderer and the PDF draw it from
 * one SVG).
 */
export const ReportName = z.enum(['plans', 'graduation', 'cte', 'conferences']);
export type ReportName = z.infer<typeof ReportName>;

export const ReportQuery = z
  .object({
    report: ReportName,
    /** The students' grade now. */
    grade: z.number().int().min(6).max(12).optional(),
    /** A counselor's caseload, as the roster writes the counselor's name. */
    counselor: z.string().trim().min(1).max(200).optional(),
    classYear: z.number().int().min(1990).max(2100).optional(),
  })
  .strict();
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportColumn = z.object({
  key: z.string(),
  label: z.string(),
  /** number: right-aligned, written as a number cell in .xlsx; text otherwise. */
  kind: z.enum(['text', 'number']),
});
export type ReportColumn = z.infer<typeof ReportColumn>;

export const ReportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

export const ReportRow = z.object({
  cells: z.record(z.string(), ReportCell),
  /** A row about one student opens that student's plan. */
  studentNumber: StudentNumber.optional(),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportTable = z.object({
  /** A short name: the .xlsx sheet name (≤ 31 characters) and the .csv section heading. */
  key: z.string().max(31),
  title: z.string(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
  /** A totals row, when the table has one. */
  total: ReportRow.optional(),
});
export type ReportTable = z.infer<typeof ReportTable>;

export const ReportChart = z.object({
  kind: z.enum(['bar', 'stacked_bar']),
  title: z.string(),
  /** What the categories are (for example "Grade"), and what the bars count ("Students"). */
  categoryLabel: z.string(),
  valueLabel: z.string(),
  categories: z.array(z.string()),
  /** One series per bar colour or stack segment; values line up with the categories. */
  series: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(z.number()) })),
});
export type ReportChart = z.infer<typeof ReportChart>;

export const Report = z.object({
  name: ReportName,
  title: z.string(),
  /** The filters and school year in words, printed under the title ("Grade 10 · Ms. Alvarez · 2026-27"). */
  scope: z.string(),
  /** ISO date the report was made. */
  madeOn: z.string(),
  studentCount: z.number().int(),
  chart: ReportChart,
  tables: z.array(ReportTable).min(1),
  /** One sentence each on what the figures rest on (for example "Credits come from the course history imported on …"). */
  notes: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

export const ReportFormat = z.enum(['xlsx', 'csv', 'pdf']);
export type ReportFormat = z.infer<typeof ReportFormat>;
