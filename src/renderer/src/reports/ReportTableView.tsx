import { flexRender, getCoreRowModel, getPaginationRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ReportCell, ReportRow, ReportTable } from '../../../shared/domain/report';
import { planPath } from '../shell/route';

/** Rows shown at a time: a school's student list runs to thousands. */
const PAGE_SIZE = 50;

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function cellText(cell: ReportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? number.format(cell) : cell;
}

/**
 * One table of a report, through @tanstack/react-table as the caseload's. A row about one student
 * opens that student's plan from its student number (a link: Tab reaches it, Enter opens it).
 * The totals row sits in the table's foot.
 */
export function ReportTableView({ table }: { table: ReportTable }) {
  const [pageIndex, setPageIndex] = useState(0);
  const columns = useMemo<ColumnDef<ReportRow>[]>(
    () =>
      table.columns.map((c) => ({
        id: c.key,
        header: c.label,
        accessorFn: (row: ReportRow) => row.cells[c.key],
        cell: ({ row }) => {
          const text = cellText(row.original.cells[c.key]);
          const student = row.original.studentNumber;
          if (c.key === 'studentNumber' && student) {
            return (
              <a href={planPath(student)} aria-label={`Open the plan of ${cellText(row.original.cells.name) || student} (${student})`}>
                {text}
              </a>
            );
          }
          return text;
        },
        meta: { numeric: c.kind === 'number' },
      })),
    [table.columns],
  );
  const view = useReactTable({
    data: table.rows,
    columns,
    state: { pagination: { pageIndex, pageSize: PAGE_SIZE } },
    onPaginationChange: (updater) => setPageIndex((old) => (typeof updater === 'function' ? updater({ pageIndex: old, pageSize: PAGE_SIZE }).pageIndex : updater.pageIndex)),
    getCoreRowModel: getCoreRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  const numeric = (id: string) => table.columns.find((c) => c.key === id)?.kind === 'number';
  const pages = view.getPageCount();
  const captionId = `report-table-${table.key.replace(/\W+/g, '-').toLowerCase()}`;

  return (
    <div className="report-table">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table">
          <caption id={captionId}>{table.title}</caption>
          <thead>
            {view.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => (
                  <th key={h.id} scope="col" className={numeric(h.column.id) ? 'num' : undefined}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {view.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="blank">
                  None.
                </td>
              </tr>
            ) : (
              view.getRowModel().rows.map((r) => (
                <tr key={r.id}>
                  {r.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={numeric(cell.column.id) ? 'num' : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
          {table.total ? (
            <tfoot>
              <tr className="report-table__total">
                {table.columns.map((c) => (
                  <td key={c.key} className={c.kind === 'number' ? 'num' : undefined}>
                    {cellText(table.total!.cells[c.key])}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {pages > 1 ? (
        <nav className="report-table__pages" aria-label={`Pages of ${table.title}`}>
          <button type="button" className="button button--small" disabled={!view.getCanPreviousPage()} onClick={() => view.previousPage()}>
            Previous
          </button>
          <span role="status">
            Rows {pageIndex * PAGE_SIZE + 1}–{Math.min((pageIndex + 1) * PAGE_SIZE, table.rows.length)} of {table.rows.length.toLocaleString('en-US')}
          </span>
          <button type="button" className="button button--small" disabled={!view.getCanNextPage()} onClick={() => view.nextPage()}>
            Next
          </button>
        </nav>
      ) : null}
    </div>
  );
}
