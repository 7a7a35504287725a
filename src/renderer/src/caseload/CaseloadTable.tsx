import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortDirection,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { caseloadColumns, type SelectionMeta } from './columns';
import type { CaseloadEntry } from './entries';
import { nameColumnWidth, NOT_IN_ROSTER } from './nameWidth';
import { useRowWindow } from './rowWindow';
import { narrows, shownEntries, sortOrder, type CaseloadFilters } from './visible';

/** Rows have one fixed height, so which are in view is a division (rowWindow.ts), never a measurement. */
const ROW_HEIGHT = 40;

export interface CaseloadTableProps {
  entries: CaseloadEntry[];
  /** The search words (folded) and the filters the table is showing. */
  filters: CaseloadFilters;
  /** The search text these rows are for; benchmarks read it to know the table has caught up. */
  renderedQuery: string;
  /** Career cluster names by code, for the cluster column. */
  clusterNames: ReadonlyMap<string, string>;
  /** The sort, kept by the page (it is part of the view the address names). */
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  /** Where the list was scrolled when the counselor left this view; told of every scroll. */
  initialScrollTop: number;
  onScrollTop: (top: number) => void;
  /** The students chosen for an action on many, by student number (kept by the page). */
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
}

const ariaSort: Record<SortDirection, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };
const sortIcon: Record<SortDirection | 'none', string> = { asc: '▲', desc: '▼', none: '↕' };

const number = new Intl.NumberFormat('en-US');

/**
 * The caseload as an ARIA table whose body rows are virtualized: only the rows in view (plus a
 * few) are in the document, each carrying `aria-rowindex` and the table `aria-rowcount`, so a
 * screen reader still knows where a row sits among all 20,000. Memoized: the page's other state
 * (a dialog, an export's outcome) does not render it again.
 *
 * The sort and filters are worked out here (visible.ts: one pass of substring tests per keystroke,
 * the sort only when it changes); TanStack Table lays out the header and the cells of the rows in
 * view only, so nothing it does grows with the caseload.
 */
export const CaseloadTable = memo(function CaseloadTable({
  entries,
  filters,
  renderedQuery,
  clusterNames,
  sorting,
  onSortingChange,
  initialScrollTop,
  onScrollTop,
  selection,
  onSelectionChange,
}: CaseloadTableProps) {
  const columns = useMemo(() => caseloadColumns(clusterNames), [clusterNames]);
  const order = useMemo(() => sortOrder(entries, sorting), [entries, sorting]);
  // Typing on narrows what is shown: filter the rows shown a keystroke ago, not all 20,000 again.
  const before = useRef<{ entries: readonly CaseloadEntry[]; order: Int32Array | null; filters: CaseloadFilters; shown: readonly CaseloadEntry[] } | null>(null);
  const shown = useMemo(() => {
    const prev = before.current;
    const from = prev && prev.entries === entries && prev.order === order && narrows(prev.filters, filters) ? prev.shown : null;
    const result = from ? shownEntries(from, filters, null) : shownEntries(entries, filters, order);
    before.current = { entries, order, filters, shown: result };
    return result;
  }, [entries, filters, order]);
  // How many of the rows shown are chosen, for the header's box (no pass at all while nothing is).
  const chosenShown = useMemo(() => {
    if (!Object.values(selection).some(Boolean)) return 0;
    let n = 0;
    for (const e of shown) if (selection[e.row.studentNumber]) n++;
    return n;
  }, [shown, selection]);
  // Shift+click chooses the rows between the last box clicked (the anchor) and this one, as shown.
  const anchor = useRef<string | null>(null);
  const meta: SelectionMeta = {
    shownCount: shown.length,
    chosenShown,
    chooseShown(selected) {
      onSelectionChange((old) => ({ ...old, ...Object.fromEntries(shown.map((e) => [e.row.studentNumber, selected])) }));
    },
    choose(rowId, selected, range) {
      const from = range && anchor.current !== null ? shown.findIndex((e) => e.row.studentNumber === anchor.current) : -1;
      const to = shown.findIndex((e) => e.row.studentNumber === rowId);
      anchor.current = rowId;
      if (from === -1 || to === -1) return onSelectionChange((old) => ({ ...old, [rowId]: selected }));
      const span = shown.slice(Math.min(from, to), Math.max(from, to) + 1);
      onSelectionChange((old) => ({ ...old, ...Object.fromEntries(span.map((e) => [e.row.studentNumber, selected])) }));
    },
  };
  // Measured once per list, in CSS pixels: the CSS grid gives the name column at least this much.
  const nameWidth = useMemo(() => nameColumnWidth(entries, NOT_IN_ROSTER), [entries]);

  const scroller = useRef<HTMLDivElement>(null);
  // Three rows either side, not eight: every row rendered is laid out again on each keystroke that
  // shows other students (at 20,000 every keystroke does); 3 cut a keystroke's traced layout, style
  // and paint time by 13–20 % against 8, and the window still follows a wheel scroll in the same frame.
  const { first, last, totalHeight } = useRowWindow(scroller, shown.length, ROW_HEIGHT, 3);
  // Only the rows in view: the table builds a row model for these few, not for the whole caseload.
  const inView = useMemo(() => shown.slice(first, last), [shown, first, last]);
  const table = useReactTable({
    data: inView,
    columns,
    meta,
    state: { sorting, rowSelection: selection },
    enableRowSelection: true,
    onRowSelectionChange: onSelectionChange,
    onSortingChange,
    getRowId: (e) => e.row.studentNumber,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    // No paging or grouping here: new rows in view must not reset state, which would render again (for ever).
    autoResetAll: false,
    sortDescFirst: false,
  });
  const rows = table.getRowModel().rows;

  // Back where the counselor left it: once, when the rows first exist (the list is taller than 0 then).
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || shown.length === 0 || !scroller.current) return;
    restored.current = true;
    if (initialScrollTop > 0) scroller.current.scrollTop = initialScrollTop;
  }, [shown.length, initialScrollTop]);
  const scrollFrame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(scrollFrame.current);
    scrollFrame.current = requestAnimationFrame(() => onScrollTop(scroller.current?.scrollTop ?? 0));
  };

  const total = entries.length;
  const shownCount = shown.length;
  const columnCount = columns.length;

  return (
    <>
      <p role="status" aria-live="polite" className="caseload-count" data-testid="caseload-count">
        {number.format(shownCount)} of {number.format(total)} {total === 1 ? 'student' : 'students'}
      </p>
      <div
        ref={scroller}
        className={total === 0 ? 'caseload-scroll caseload-scroll--empty' : 'caseload-scroll'}
        data-rendered-query={renderedQuery}
        onScroll={onScroll}
      >
        <table
          role="table"
          aria-label="Students"
          aria-rowcount={shownCount + 1}
          aria-colcount={columnCount}
          className="caseload-table"
          style={{ '--name-col': `${nameWidth}px` } as CSSProperties}
        >
          <thead role="rowgroup" className="caseload-head">
            {table.getHeaderGroups().map((group) => (
              <tr role="row" aria-rowindex={1} key={group.id} className="caseload-row">
                {group.headers.map((header) => {
                  if (!header.column.getCanSort()) {
                    return (
                      <th role="columnheader" scope="col" key={header.id} className={`caseload-cell caseload-cell--${header.column.id}`}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </th>
                    );
                  }
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      role="columnheader"
                      scope="col"
                      key={header.id}
                      aria-sort={sorted ? ariaSort[sorted] : undefined}
                      className={`caseload-cell caseload-cell--${header.column.id}`}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span className="sort-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                        <span aria-hidden="true" className={sorted ? 'sort-icon sort-icon--active' : 'sort-icon'}>
                          {sortIcon[sorted || 'none']}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody role="rowgroup" className="caseload-body" style={{ height: totalHeight }}>
            {rows.map((row, i) => {
              const at = first + i;
              const inactive = row.original.row.status === 'not_in_latest_roster';
              return (
                <tr
                  role="row"
                  key={row.id}
                  aria-rowindex={at + 2}
                  className={inactive ? 'caseload-row caseload-row--inactive' : 'caseload-row'}
                  style={{ transform: `translateY(${at * ROW_HEIGHT}px)` }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td role="cell" key={cell.id} className={`caseload-cell caseload-cell--${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {total > 0 && shownCount === 0 ? (
          <p className="caseload-none">No students match this search and these filters.</p>
        ) : null}
      </div>
    </>
  );
});
