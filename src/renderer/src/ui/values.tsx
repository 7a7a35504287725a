import type { RejectedRow } from '../../../shared/domain/roster';
import { withoutCommandLineHints } from '../../../shared/errors';

const number = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return number.format(n);
}

/** A moment the store wrote (ISO 8601) as "Dec 2, 2026, 3:58 PM" in local time; text it cannot read, as written. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A value from the file or the store; a blank says so to screen readers instead of reading a dash. */
export function Value({ value }: { value: string | number | null }) {
  if (value === null || value === '') {
    return (
      <>
        <span aria-hidden="true" className="blank">—</span>
        <span className="visually-hidden">blank</span>
      </>
    );
  }
  return <>{typeof value === 'number' ? String(value) : value}</>;
}

/** "(the first 200 of 1,234)" when a list was capped by the core; the counts are always whole. */
export function cappedNote(shown: number, total: number): string {
  return shown < total ? ` (the first ${formatCount(shown)} of ${formatCount(total)})` : '';
}

export function RejectedTable({ rows, total }: { rows: readonly RejectedRow[]; total: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Rejected rows{cappedNote(rows.length, total)}: these are not imported
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.row}-${r.column}-${i}`}>
              <td className="num">{r.row}</td>
              <td>{r.column}</td>
              <td className="cell-value">
                <Value value={r.value} />
              </td>
              <td>{withoutCommandLineHints(r.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
