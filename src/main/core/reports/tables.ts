import type { Report, ReportTable } from '../../../shared/domain/report';
import type { ExportCell, ExportTable } from '../spreadsheet/export-table';

/** A report table as a sheet: text stays text (student numbers), numbers stay numbers, the totals row last. */
export function exportTable(table: ReportTable): ExportTable {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return {
    sheetName: table.key,
    columns: table.columns.map((c) => ({
      header: c.label,
      width: Math.min(48, Math.max(c.kind === 'number' ? 10 : 14, c.label.length + 2, ...rows.slice(0, 200).map((r) => String(r.cells[c.key] ?? '').length + 2))),
    })),
    rows: rows.map((r) => table.columns.map((c): ExportCell => r.cells[c.key] ?? null)),
  };
}

/** Every table of the report, one sheet each, in the report's order. */
export function exportTables(report: Report): ExportTable[] {
  return report.tables.map(exportTable);
}
